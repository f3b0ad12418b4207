# What _ast exports.
import _ast
import ast

names = [n for n in dir(_ast) if not n.startswith("__")]
print(len(names))
print(names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.PyCF_ONLY_AST, ast.AST is _ast.AST, ast.Name is _ast.Name)
print(_ast.__name__, repr(_ast.__doc__))
print(type(_ast.AST.__init__).__name__, type(_ast.AST.__reduce__).__name__)
