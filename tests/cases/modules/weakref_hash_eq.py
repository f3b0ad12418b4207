import _weakref
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, C) and self.v == other.v
    def __hash__(self): return hash(self.v)
a, b, d = C(1), C(1), C(2)
ra, rb, rd = _weakref.ref(a), _weakref.ref(b), _weakref.ref(d)
print(ra == rb, ra != rb, ra == rd, ra == a, ra != 1)
print(hash(ra) == hash(1), hash(ra) == hash(rb))
s = {ra, rb, rd}
print(len(s))
try:
    ra < rb
except TypeError as e:
    print(e)
