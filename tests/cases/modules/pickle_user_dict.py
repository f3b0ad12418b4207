# Plain classes with an instance __dict__: every protocol restores type and attributes.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r}, extra={sorted(vars(self))})'


class Empty:
    pass


class Child(Point):
    kind = 'child'


p = Point(1, [2, 3])
p.label = 'here'
for proto in range(6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, type(q) is Point, q.y == p.y and q.y is not p.y)
    e = pickle.loads(pickle.dumps(Empty(), proto))
    print(proto, type(e).__name__, vars(e))
    c = pickle.loads(pickle.dumps(Child(3, 4), proto))
    print(proto, c, c.kind)
print(p.__reduce_ex__(2)[1:])
print(p.__reduce_ex__(1)[1:])
print(p.__reduce_ex__(0)[1:])
print(Empty().__reduce_ex__(2)[1:], Empty().__reduce_ex__(0)[1:])
print(p.__reduce__()[1:])
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(0)[0].__name__)
