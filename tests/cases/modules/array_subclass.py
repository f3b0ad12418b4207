from array import array

class Vec(array):
    def __new__(cls, items, scale=1):
        self = super().__new__(cls, "d", [x * scale for x in items])
        self.scale = scale
        return self
    def norm2(self):
        return sum(x * x for x in self)

v = Vec([1, 2, 3], 2)
print(v, v.scale, v.norm2(), len(v), isinstance(v, array), v.typecode)
v.append(1)
print(v[-1], v[1:].__class__.__name__, v.__dict__)
class Named(array):
    def __init__(self, tc, items, name="n"):
        self.name = name
n = Named("i", [1, 2], name="nm")
print(n, n.name, n.tolist())
print(repr(Named("i", [])), Named("u", "ab"))
class Rep(array):
    def __repr__(self):
        return "Rep!"
print(Rep("b"), [Rep("b", [1])])
print(issubclass(Vec, array), Vec.__mro__[1].__name__)
