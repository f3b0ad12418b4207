class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B):
    pass
b = B()
b.a = 1; b.b = 2
print(b.a, b.b, hasattr(b, '__dict__'))
c = C()
c.a = 1; c.zz = 5
print(c.zz, c.__dict__)
class D:
    __slots__ = ('__dict__', 'x')
d = D()
d.x = 1; d.y = 2
print(d.x, d.__dict__)
class E:
    __slots__ = 'single'
e = E(); e.single = 'ok'; print(e.single)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
