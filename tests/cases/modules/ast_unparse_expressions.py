# ast.unparse of expressions: precedence and parentheses.
import ast

for src in ["(a + b) * c", "a + (b * c)", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
            "-(a + b)", "not (a and b)", "(lambda: 1)()", "(a, b)[0]", "(yield x)", "f((a, b))",
            "a if (b if c else d) else e", "(a := 1, b)", "[*a, *b]", "{**a, 'b': c}",
            "a < b < c", "(a < b) < c", "x.y.z()", "(1).real", "1.0.real", "f'{x}' + 'y'",
            "await (a + b)", "{1, 2, 3}", "{1: 2}", "a[b, c]", "a[()]", "a[(b, c):]"]:
    print(src, "=>", ast.unparse(ast.parse(src, mode="eval")))
print(ast.unparse(ast.Name("built")))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)))))
