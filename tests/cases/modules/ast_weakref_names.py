# Weak references to nodes, and the base class's names in messages.
import ast, weakref
print(weakref.ref(ast.Name()) is not None)
try: weakref.ref(ast.AST())
except TypeError as e: print(e)
print(list(ast.comprehension.__dict__))
print(repr(ast.AST), ast.AST.__name__, ast.AST.__qualname__, ast.AST.__module__)
try: ast.AST(1)
except TypeError as e: print(e)
try: compile(ast.AST(), "x", "exec")
except TypeError as e: print(e)
class P(ast.AST): _fields = ('a',)
try: P(1, a=2)
except TypeError as e: print(e)
