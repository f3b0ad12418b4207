# Class definitions, bases, keywords, decorators, nested.
import ast

src = '''
@decorator
class A(B, C, metaclass=M, **kw):
    """Doc."""
    x: int = 1
    def m(self): pass
    class Inner: pass

class Empty: ...
'''
print(ast.dump(ast.parse(src), indent=1, include_attributes=True))
