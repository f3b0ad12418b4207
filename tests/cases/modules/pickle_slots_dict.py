# Classes with both __slots__ and a __dict__ (a slot named __dict__ or a dict-having base).
import pickle


class Base:
    def __init__(self):
        self.base_attr = 'b'


class Mixed(Base):
    __slots__ = ('x', 'y')


class Explicit:
    __slots__ = ('x', '__dict__')


m = Mixed()
m.x = 1
m.extra = 2
print(m.__getstate__())
for proto in (0, 1, 2, 3, 4, 5):
    try:
        n = pickle.loads(pickle.dumps(m, proto))
        print(proto, n.x, hasattr(n, 'y'), vars(n))
    except Exception as e:
        print(proto, type(e).__name__, e)
e = Explicit()
print(e.__getstate__())
e.x = 'slot'
print(e.__getstate__())
e.z = 'dict'
print(e.__getstate__())
for proto in (2, 5):
    f = pickle.loads(pickle.dumps(e, proto))
    print(proto, f.x, f.z, f.__dict__)
del e.x
print(e.__getstate__())
