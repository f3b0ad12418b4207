# __reduce__ returning 2- to 6-tuples and strings; __reduce_ex__ sees the protocol.
import pickle


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.b, self.a))


class WithState:
    def __reduce__(self):
        return (WithState, (), {'s': 1})


class Listy:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(v)

    def extend(self, vs):
        self.items.extend(vs)

    def __reduce__(self):
        return (Listy, (), None, iter(['x', 'y']))


class Dicty(dict):
    def __reduce__(self):
        return (Dicty, (), None, None, iter([('k', 'v')]))


def make(v):
    return ('made', v)


class Builder:
    def __reduce__(self):
        return (make, (42,))


class ByProto:
    def __reduce_ex__(self, proto):
        return (ByProto.build, (proto,))

    @staticmethod
    def build(p):
        return ('built with', p)


SINGLETON = object.__new__(type('Sentinel', (), {'__reduce__': lambda self: 'SINGLETON'}))
for proto in range(6):
    p = pickle.loads(pickle.dumps(Pair(1, 2), proto))
    print(proto, p.a, p.b, pickle.loads(pickle.dumps(WithState(), proto)).s)
    print(proto, pickle.loads(pickle.dumps(Listy(), proto)).items)
    print(proto, pickle.loads(pickle.dumps(Dicty(), proto)))
    print(proto, pickle.loads(pickle.dumps(Builder(), proto)))
    print(proto, pickle.loads(pickle.dumps(ByProto(), proto)))
    print(proto, pickle.loads(pickle.dumps(SINGLETON, proto)) is SINGLETON)
print(Pair(1, 2).__reduce_ex__(3)[1])
