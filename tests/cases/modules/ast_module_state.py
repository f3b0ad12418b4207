# Importing _ast again gives the same classes; compile() needs no import of _ast.
import sys, ast, builtins
del sys.modules['_ast']
import _ast as a2
print(a2.Name is ast.Name, a2 is not ast)
t = compile("x + 1", "<s>", "eval", flags=ast.PyCF_ONLY_AST)
print(type(t) is ast.Expression)
lazy = object()
real_import = builtins.__import__
def my_import(name, *a, **k):
    sys.modules[name] = lazy
    return lazy
del sys.modules['_ast']
builtins.__import__ = my_import
try:
    t = compile("x + 1", "<s>", "eval", flags=ast.PyCF_ONLY_AST)
    c = compile(t, "<s>", "eval")
    print(type(c).__name__, '_ast' in sys.modules)
finally:
    builtins.__import__ = real_import
