# SyntaxErrors the compiler raises for parsed-then-compiled trees (no source text).
import ast
for src in ["return 1", "break", "def f():\n    x = 1\n    global x", "nonlocal q", "f(**a, b)" ]:
    try:
        t = ast.parse(src)
        compile(t, "<nofile>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile(ast.parse("return 2"), "<x>", "exec")
except SyntaxError as e:
    print(e.args, str(e))
