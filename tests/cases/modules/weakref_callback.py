import _weakref
class C:
    pass
c = C()
def cb(ref):
    print("called", ref)
r1 = _weakref.ref(c)
r2 = _weakref.ref(c, cb)
r3 = _weakref.ref(c, cb)
print(r2 is not r1, r3 is not r2, r2.__callback__ is cb)
print(_weakref.getweakrefcount(c))
refs = _weakref.getweakrefs(c)
print(refs[0] is r1, len(refs), r3 in refs, r2 in refs)
print(_weakref.ref(c, None) is r1)
