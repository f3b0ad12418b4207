# Deeply nested source: CPython 3.11 compiles it, or gives up with the parser's MemoryError
# (its stack of 6000 rule calls), the AST passes' RecursionError (3 x the recursion limit), or
# the tokenizer's SyntaxError (200 brackets); never an internal error.
import sys


def outcome(src):
    try:
        compile(src, "<nest>", "exec")
        return "ok"
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}"
    except (MemoryError, RecursionError) as e:
        return f"{type(e).__name__}: {e}"


shapes = {
    "unary minus": lambda n: "x = " + "-" * n + "1",
    "invert": lambda n: "x = " + "~" * n + "1",
    "not": lambda n: "x = " + "not " * n + "a",
    "power": lambda n: "x = " + "2**" * n + "2",
    "lambda": lambda n: "x = " + "lambda: " * n + "0",
    "conditional": lambda n: "x = " + "1 if a else " * n + "1",
    "elif": lambda n: "if a: pass\n" + "elif a: pass\n" * n,
    "calls": lambda n: "x = f" + "()" * n,
    "attributes": lambda n: "x = a" + ".b" * n,
    "subscripts": lambda n: "x = a" + "[0]" * n,
    "additions": lambda n: "x = 1" + "+1" * n,
}
for name, make in shapes.items():
    print(f"{name:12}", " | ".join(outcome(make(n)) for n in (100, 1000, 6100)))

for n in (199, 200, 201):
    print("parentheses", n, outcome("x = " + "(" * n + "1" + ")" * n))
print("brackets 201", outcome("x = " + "[" * 201 + "]" * 201))
# Brackets count towards the parser's stack too.
print("parenthesized minus", outcome("x = " + "(" * 150 + "-" * 3000 + "1" + ")" * 150))
# exec() of such a string fails the same way.
for src in ["x = f" + "()" * 5000, "x = " + "~" * 6100 + "1"]:
    try:
        exec(src, {"f": None})
    except (MemoryError, RecursionError) as e:
        print("exec:", type(e).__name__, e)


# The AST depth limit counts the Python frames already running.
def at_depth(d, src):
    return at_depth(d - 1, src) if d else outcome(src)


print("at depth 500:", at_depth(500, "x = " + "-" * 1300 + "1"), "/",
      at_depth(500, "x = " + "-" * 1700 + "1"))
print(sys.getrecursionlimit())
