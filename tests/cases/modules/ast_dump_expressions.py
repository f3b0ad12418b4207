# ast.dump of expressions, with and without positions.
import ast

for src in ["a + b * c - d / e // f % g ** h @ i",
            "a << 1 | b >> 2 & c ^ d",
            "-a + +b - ~c",
            "not a and b or c and not d",
            "a < b <= c == d != e > f >= g",
            "a is b is not c in d not in e",
            "x if y else z",
            "(a := 10) + a",
            "lambda: 0",
            "a.b.c",
            "a[1][2:3, ::4]",
            "f(*args, **kw)",
            "await x",
            "(yield)",
            "[*a, *b]",
            "{**a, 'b': 1}"]:
    print(src)
    print(ast.dump(ast.parse(src, mode="eval")))
    print(ast.dump(ast.parse(src).body[0], include_attributes=True))
