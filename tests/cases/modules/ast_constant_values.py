# Constant nodes of hand-built trees: every value kind CPython accepts, and the rejects.
import ast

def run(value):
    tree = ast.Expression(ast.Constant(value, lineno=1, col_offset=0))
    try:
        v = eval(compile(tree, "<c>", "eval"))
        print(type(v).__name__, repr(v))
    except Exception as e:
        print(type(e).__name__, e)

for v in [1, -5, 2**100, True, None, 1.5, -0.0, 2j, 1 + 2j, -0.0 + 1j, "s", b"b", ..., (1, "a", (2.5, None)),
          frozenset({1}), (1, [2]), [1], {1: 2}, {1}, object(), bytearray(b"x"), int, ast.Constant(1)]:
    run(v)

class MyInt(int):
    pass
run(MyInt(3))
run((1, frozenset({(2, 3)})))
