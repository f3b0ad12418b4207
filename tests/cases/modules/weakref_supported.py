import _weakref, sys
def f(): pass
def g(): yield 1
class C:
    def m(self): pass
gen = g()
objs = [f, C, C(), sys, {1}, frozenset(), f.__code__, gen, C().m, len, int, memoryview(b"a"), type]
for o in objs:
    r = _weakref.ref(o)
    print(type(o).__name__, r() is o)
gen.close()
