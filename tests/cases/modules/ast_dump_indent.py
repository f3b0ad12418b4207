# ast.dump options: indent (int or str), annotate_fields, include_attributes.
import ast

t = ast.parse("def f(x):\n    return [x, {1: 2}]\n")
print(ast.dump(t, indent=2))
print(ast.dump(t, indent="\t"))
print(ast.dump(t, annotate_fields=False))
print(ast.dump(t.body[0].args, annotate_fields=False, include_attributes=True))
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name("x")))
print(ast.dump(ast.Constant(None)))
print(ast.dump(ast.FunctionDef("f", returns=None)))
try:
    ast.dump(3)
except TypeError as e:
    print("TypeError", e)
