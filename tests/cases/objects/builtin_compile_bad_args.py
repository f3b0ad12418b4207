# compile() checks filename, flags, optimize and mode in CPython's order, before the source.
class P:
    def __fspath__(self): return "p.py"
class Q:
    def __fspath__(self): return 5
cases = [
    ("x", "f", "exec", 0x10000000), ("x", "f", "exec", 0x400 * 0 + 0x2000), ("x", "f", "eval", 0, 5, 99),
    ("x", "f", "eval", 0, 0, -2), ("1", 5, "exec"), ("1", b"bf", "exec"), ("1", P(), "exec"),
    ("1", Q(), "exec"), ("1", "f", 5), ("1", "f", "nope"), (5, "f", "exec"), (5, "f", "nope"),
    ("x", "f", "exec", "x"), ("x", "f", "exec", 1.5), ("x", "f", "exec", 2**70),
    ("x", "f", "exec", 0, 0, 2),
]
for c in cases:
    try:
        r = compile(*c)
        print("ok", r.co_filename)
    except (TypeError, ValueError, SyntaxError, OverflowError) as e:
        print(type(e).__name__, e)
