# namedtuples pickle by class reference and their fields (tuple.__getnewargs__).
import pickle
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple('Point', 'x y')
Defaults = namedtuple('Defaults', ['a', 'b'], defaults=[0])


class Typed(NamedTuple):
    name: str
    size: int = 1


for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    print(proto, p, type(p) is Point, p._fields)
    print(proto, pickle.loads(pickle.dumps(Defaults(5), proto)))
    print(proto, pickle.loads(pickle.dumps(Typed('t'), proto)))
print(Point(1, 2).__getnewargs__())
r = Point(1, 2).__reduce_ex__(2)
print(r[0].__name__, r[1], r[2:])
print(Point(1, 2).__reduce_ex__(0)[1:])
print(pickle.loads(pickle.dumps([Point(0, 0)] * 2, 2)))
