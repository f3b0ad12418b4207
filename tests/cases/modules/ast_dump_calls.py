# Calls, keywords, starred arguments, generator arguments.
import ast

for src in ["f()", "f(a, b=1)", "f(a, *b, c=2, **d)", "obj.meth(x)(y)",
            "f(x for x in y)", "f(*a, *b, **c, **d)", "print('hi', end='', sep=' ')",
            "f(a)(b)(c)", "f(\n    a,\n    b=2,\n)"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
