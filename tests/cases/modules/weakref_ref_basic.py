import _weakref
class C:
    pass
c = C()
r = _weakref.ref(c)
print(r() is c, type(r).__name__, type(r).__module__, type(r).__qualname__)
print(r is _weakref.ref(c), _weakref.ref is _weakref.ReferenceType)
print(r.__callback__, _weakref.getweakrefcount(c))
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
