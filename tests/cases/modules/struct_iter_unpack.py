import _struct
from _struct import iter_unpack, Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

it = iter_unpack("<hb", bytes(range(9)))
print(type(it).__name__, type(it).__module__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
t(next, it)
print(list(iter_unpack("<h", b"")), list(Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
t(iter_unpack, "<h", b"abc")
t(iter_unpack, "", b"abc")
t(lambda: list(iter_unpack("3x", b"abcdef")))
t(iter_unpack, "<h")
t(iter_unpack, "<h", "ab")
t(Struct("i").iter_unpack)
b = bytearray(b"\x01\x00\x02\x00")
it = iter_unpack("<h", b)
b[0] = 9
print(list(it))
print(iter(it) is it)
