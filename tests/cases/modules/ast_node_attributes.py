# Node instances are ordinary attribute holders.
import ast

n = ast.Name("x", ast.Load())
n.id = "y"
n.custom = [1, 2]
print(n.id, n.custom, sorted(vars(n)))
del n.custom
print(hasattr(n, "custom"), sorted(n.__dict__))
n.__dict__ = {"id": "z"}
print(n.id, hasattr(n, "ctx"))
try:
    n.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del n.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(ast.Name(), "id", "default"))
c = ast.Constant(value=3)
print(c.value, c.kind, c.n)
print(ast.Name.__dict__["__doc__"], "_fields" in ast.Name.__dict__)
print(ast.AST().__dict__, type(ast.AST.__dict__["__dict__"]).__name__)
a, b = ast.Load(), ast.Load()
print(a == b, a == a, hash(a) == hash(a))
print(repr(ast.AST())[:17], repr(ast.Name())[:18])
try:
    del n.__dict__
except TypeError as e:
    print("TypeError", e)
print(ast.AST.__new__(ast.Name).__dict__, type(ast.Name.__new__(ast.Name)).__name__)
