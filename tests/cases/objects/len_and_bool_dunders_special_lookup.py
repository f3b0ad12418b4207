class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
c.__bool__ = lambda: False
print(bool(c))
c.__repr__ = lambda: 'instance repr'
print(repr(c).startswith('<__main__.C object'))
C.__len__ = lambda self: 3
print(len(c))
c.__call__ = lambda: 'inst call'
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
C.__call__ = lambda self: 'class call'
print(c())
