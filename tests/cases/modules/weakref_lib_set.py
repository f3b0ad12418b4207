import weakref
class C:
    def __init__(self, n): self.n = n
objs = [C(i) for i in range(5)]
ws = weakref.WeakSet(objs[:3])
print(len(ws), objs[0] in ws, objs[4] in ws)
ws.add(objs[4])
ws.discard(objs[0])
print(sorted(o.n for o in ws))
other = weakref.WeakSet(objs[1:3])
print(other <= ws, ws >= other, len(ws - other), len(ws | other))
print(isinstance(ws, weakref.WeakSet))
