import gc, _weakref
class C: pass
c = C()
r = _weakref.ref(c)
gc.collect()
print(r() is c)
d = {"c": c}
r2 = _weakref.ref(d["c"])
gc.collect()
print(r2() is c, r2 is r)
