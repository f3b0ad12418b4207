class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A):
    pass
c = C()
print(c.f())
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__])
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
