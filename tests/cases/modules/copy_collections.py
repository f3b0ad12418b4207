# copy/deepcopy of namedtuples, dataclasses, enums and collections types.
import collections
import copy
import dataclasses
import enum


class Color(enum.Enum):
    RED = [1]


@dataclasses.dataclass
class DC:
    a: list
    b: int = 0


P = collections.namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p) is p, copy.deepcopy(p) == p, copy.deepcopy(p).x is p.x)
dc = DC([1])
print(copy.copy(dc).a is dc.a, copy.deepcopy(dc), copy.deepcopy(dc).a is dc.a)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
od = collections.OrderedDict(a=[1])
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'])
dd = collections.defaultdict(list, k=[1])
c = copy.deepcopy(dd)
print(c, c.default_factory is list, c['k'] is dd['k'])
dq = collections.deque([[1]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.copy(dq).maxlen)
cnt = collections.Counter(a=2)
print(copy.copy(cnt), type(copy.deepcopy(cnt)).__name__)
print(dataclasses.replace(dc, b=5))
