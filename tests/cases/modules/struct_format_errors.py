import _struct
from _struct import calcsize, pack, Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ("y", "ii3", "3", "<n", ">N", "=P", "i@", "<<i", "4611686018427387904i", "99999999999999999999x", "9223372036854775808s", "\u00e9", b"\xe9", "i-", "0y", " "):
    t(calcsize, fmt)
t(calcsize, 1)
t(calcsize, None)
t(calcsize)
t(Struct, 1)
t(Struct)
t(Struct, "i", "h")
t(pack)
t(pack, 1)
t(pack, "i")
t(pack, "i", 1, 2)
t(pack, "2i", 1)
t(pack, "s3x", b"a", b"b")
