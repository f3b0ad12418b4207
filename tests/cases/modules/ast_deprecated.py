# The deprecated classes ast.py defines over Constant and friends (still usable in 3.11).
import ast
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
n = ast.Num(42)
print(type(n).__name__, n.n, n.value, isinstance(n, ast.Num), isinstance(ast.Constant(1), ast.Num))
s = ast.Str("hi")
print(type(s).__name__, s.s, isinstance(s, ast.Str), isinstance(ast.Constant(1), ast.Str))
print(isinstance(ast.Constant(b"x"), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant))
print(isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(True), ast.Num))
c = ast.parse("3", mode="eval").body
print(c.n, c.s)
c.n = 4
print(c.value)
idx = ast.Index(ast.Name("x"))
print(type(idx).__name__, idx.id)
print(ast.dump(ast.ExtSlice([ast.Name("a"), ast.Name("b")])))
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context))
