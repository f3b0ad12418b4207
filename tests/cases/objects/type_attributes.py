class A:
    """A doc"""
    x = 1
class B(A):
    pass
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, B.__base__.__name__, [c.__name__ for c in B.__bases__])
print(B.__mro__ == (B, A, object), 'x' in A.__dict__, 'x' in B.__dict__, B.x)
print(A.__subclasses__() == [B], type(B.__dict__).__name__, B.__class__.__name__)
B.__name__ = 'Renamed'
print(B.__name__, B.__qualname__, repr(B))
B.__qualname__ = 'Q.Renamed'
print(repr(B))
try:
    B.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    B.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
A.y = 'added later'
print(B.y, B().y)
del A.x
print(hasattr(B, 'x'))
