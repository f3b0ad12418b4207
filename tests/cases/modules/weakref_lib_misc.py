import weakref
class C:
    def m(self): return "m"
c = C()
r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c), weakref.ReferenceType is type(r))
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m)
p = weakref.proxy(c)
print(p.m(), type(p) in weakref.ProxyTypes)
f = weakref.finalize(c, print, "finalized")
print(f.alive, f.peek()[1:])
f()
print(f.alive, f())
