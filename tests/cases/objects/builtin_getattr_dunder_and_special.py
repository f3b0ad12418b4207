class C:
    pass
c = C()
print(getattr(c, '__class__').__name__, getattr(C, '__name__'), getattr(1, 'real'), getattr('x', 'upper')())
print(hasattr(c, '__dict__'), hasattr(1, '__dict__'), hasattr(C, 'mro'), hasattr(type, '__mro__'))
setattr(C, 'added', property(lambda self: 'prop'))
print(c.added)
setattr(c, '__dict__', {'replaced': True})
print(c.replaced)
print(getattr(c, 'missing', None), getattr(C, 'missing', 0))
try:
    getattr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 'a', 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
