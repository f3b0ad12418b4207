import weakref
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return "C(%d)" % self.n
objs = [C(i) for i in range(4)]
wv = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wv[i] = o
print(len(wv), wv[2], sorted(wv.keys()), 3 in wv, wv.get(9))
del wv[0]
print(sorted(wv.items(), key=lambda kv: kv[0]))
wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
print(len(wk), wk[objs[1]], objs[3] in wk)
print(sorted(v for v in wk.values()))
print(wv.setdefault(7, objs[0]), wv.pop(7))
