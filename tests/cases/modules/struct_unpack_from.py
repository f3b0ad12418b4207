import _struct
from _struct import unpack_from, Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(10))
print(unpack_from("<h", data), unpack_from("<h", data, 3), unpack_from("<h", data, offset=8))
print(unpack_from("<h", data, -2), unpack_from("<h", data, -10), unpack_from("<h", buffer=data))
t(unpack_from, "<h", data, 9)
t(unpack_from, "<h", data, 10)
t(unpack_from, "<h", data, -1)
t(unpack_from, "<h", data, -11)
t(unpack_from, "<i", b"abc")
t(unpack_from, "<h", data, "1")
t(unpack_from, "<h", data, 2 ** 70)
t(unpack_from)
t(unpack_from, "<h")
t(unpack_from, "<h", data, 1, 2)
t(unpack_from, "<h", data, bogus=1)
s = Struct("<H")
print(s.unpack_from(data), s.unpack_from(data, 4), s.unpack_from(buffer=data, offset=6))
t(s.unpack_from)
t(s.unpack_from, data, 0, 1)
t(s.unpack_from, data, 9)
print(unpack_from("", b""), unpack_from("", b"abc", 3))
print(unpack_from("<h", bytearray(b"\x01\x02\x03"), 1))
