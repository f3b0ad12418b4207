# compile() with PyCF_ONLY_AST and AST input.
import ast

t = compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
e = compile("1 + 1", "<s>", "eval", flags=ast.PyCF_ONLY_AST)
print(type(e).__name__, eval(compile(e, "<s>", "eval")))
i = compile("x = 5", "<s>", "single", ast.PyCF_ONLY_AST)
print(type(i).__name__)
f = compile("(a) -> b", "<s>", "func_type", ast.PyCF_ONLY_AST)
print(type(f).__name__)
try:
    compile(f, "<s>", "func_type")
except ValueError as ex:
    print("ValueError", ex)
t2 = compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)
print(ast.dump(t2))
t3 = ast.parse("y = 2", feature_version=(3, 8))
print(ast.dump(t3))
code = compile(t, "file.py", "exec", dont_inherit=True, optimize=0)
print(code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns["x"])
print(ast.parse("await x", mode="eval").body.__class__.__name__)
try:
    compile(ast.parse("x"), "<s>", "exec", 1 << 30)
except ValueError as ex:
    print("ValueError", ex)
