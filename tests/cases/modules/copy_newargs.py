# copy rebuilds objects with __new__ arguments from __getnewargs__/__getnewargs_ex__.
import copy


class Coord:
    def __new__(cls, x, y=0, *, unit='m'):
        self = super().__new__(cls)
        self.x, self.y, self.unit = x, y, unit
        return self

    def __getnewargs_ex__(self):
        return ((self.x, self.y), {'unit': self.unit})

    def __repr__(self):
        return f'Coord({self.x}, {self.y}, {self.unit})'


class Pos(int):
    def __new__(cls, v, label):
        self = super().__new__(cls, v)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


c = Coord(1, 2, unit='km')
print(copy.copy(c), copy.deepcopy(c))
p = Pos(3, 'three')
q = copy.copy(p)
print(q, q.label, type(q).__name__, copy.deepcopy(p).label)


class Strict:
    def __new__(cls, required):
        return super().__new__(cls)


try:
    copy.copy(Strict(1))
except TypeError as e:
    print('TypeError', e)
