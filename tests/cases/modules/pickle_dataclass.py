# dataclasses (plain, frozen, slots) round-trip through every protocol.
import dataclasses
import pickle


@dataclasses.dataclass
class Item:
    name: str
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 2


@dataclasses.dataclass(slots=True)
class Slim:
    a: int
    b: str = 'b'


@dataclasses.dataclass(frozen=True, slots=True)
class FrozenSlim:
    v: float


for proto in range(6):
    objs = [Item('i', ['t']), Frozen(1), Slim(3), FrozenSlim(1.5)]
    for o in objs:
        try:
            r = pickle.loads(pickle.dumps(o, proto))
            print(proto, r, r == o)
        except Exception as e:
            print(proto, type(o).__name__, type(e).__name__, e)
print(Slim(1).__getstate__(), FrozenSlim(2.0).__getstate__())
print(Item('n').__reduce_ex__(2)[2], Frozen(1).__reduce_ex__(3)[2])
