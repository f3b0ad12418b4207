import _struct
from _struct import pack

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ("b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P", "<l", "<L", "<q", ">Q", "<h", "!B", "=i", "=I"):
    for v in (2 ** 64, -2 ** 63 - 1, 2 ** 63, -1, 2 ** 32, -2 ** 31 - 1, 65536, -32769, 256, -129):
        t(pack, fmt, v)
t(pack, "i", 1.0)
t(pack, "i", "1")
t(pack, "i", None)
t(pack, "B", [])
