# Syntax errors from ast.parse carry their location.
import ast

for src in ["x = = 1", "def f(:\n    pass", "(1, 2", "f(**a, *b)", "x = 1\n  y = 2",
            "a + 1 = 2", "return", "nonlocal x", "'unterminated", "class", "\tif x:\n        pass"]:
    try:
        ast.parse(src, filename="<file>")
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("x = 1\0")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
