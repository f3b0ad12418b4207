# Deep and cyclic trees hit the recursion limit, with CPython's message.
import ast
b = ast.BinOp(None, ast.Add(), ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)
b.left = b
try:
    compile(ast.Expression(b), "<c>", "eval")
except RecursionError as e:
    print("RecursionError", e)
print("after")
for n in (300, 900, 1500):
    try:
        t = ast.parse("1+" * n + "1")
        c = compile(t, "<d>", "exec")
        print(n, "ok")
    except RecursionError as e:
        print(n, "RecursionError", e)
