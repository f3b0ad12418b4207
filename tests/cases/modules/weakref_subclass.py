import _weakref
class MyRef(_weakref.ref):
    def __init__(self, ob, callback=None, **extra):
        super().__init__(ob, callback)
        self.extra = extra
class C:
    pass
c = C()
r = MyRef(c, None, tag=1)
print(type(r).__name__, r() is c, r.extra, isinstance(r, _weakref.ref))
plain = _weakref.ref(c)
print(r is not plain, _weakref.getweakrefcount(c))
class Named(_weakref.ref):
    __slots__ = ("name",)
n = Named(c)
n.name = "x"
print(n.name, n() is c)
try:
    _weakref.ref(c, callback=None)
except TypeError as e:
    print(e)
