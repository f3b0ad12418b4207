import _weakref
class C: pass
c = C()
d = {"a": _weakref.ref(c), "b": 1}
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d), d["a"]() is c)
try:
    _weakref._remove_dead_weakref([], "a")
except TypeError as e:
    print(e)
