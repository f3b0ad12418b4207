# Enum members pickle by reference to their class and come back as the same object.
import enum
import pickle


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Num(enum.IntEnum):
    ONE = 1
    TWO = 2


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


class Bits(enum.IntFlag):
    A = 1
    B = 2


class Name(str, enum.Enum):
    ALICE = 'alice'


for proto in range(6):
    out = []
    for m in (Color.RED, Color.GREEN, Num.TWO, Perm.R | Perm.W, Bits.A | Bits.B, Name.ALICE):
        r = pickle.loads(pickle.dumps(m, proto))
        out.append((repr(r), r is m or r == m))
    print(proto, out)
print(pickle.loads(pickle.dumps(Num.ONE, 0)) + 1, type(pickle.loads(pickle.dumps(Name.ALICE))))
print(pickle.loads(pickle.dumps(Color, 4)) is Color)
print(pickle.loads(pickle.dumps([Color.RED, Color.RED], 2)))
