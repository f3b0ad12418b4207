import _struct
from _struct import pack, unpack

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

for v in (0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 3.4028234663852886e38, 1e-45, float("inf"), float("-inf")):
    f = "@f" if v == 1e300 else ">f"
    print(v, pack("<d", v).hex(), pack(f, v).hex(), unpack("<f", pack("@f", v))[0])
print(unpack("<d", pack("<d", float("nan")))[0], pack("<f", float("nan")).hex())
t(pack, "<f", 1e39)
t(pack, ">f", -1e39)
print(pack("f", 1e39).hex(), pack("=f", 3.5e38) if False else "")
t(pack, "d", "1.0")
t(pack, "f", b"1")
t(pack, "d", None)
t(pack, "d", 2 ** 1024)
print(pack("<d", 3).hex(), pack("<d", True).hex(), pack("<f", 2 ** 60).hex())
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(unpack("<d", pack("<d", F())), unpack("<d", pack("<d", I())))
print(unpack("<2d", pack("<2d", 1.5, -1.5)), unpack("@f", pack("@f", 0.5)))
