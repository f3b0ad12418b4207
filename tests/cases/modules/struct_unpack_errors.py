import _struct
from _struct import unpack, Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

t(unpack, "i", b"abc")
t(unpack, "i", b"abcde")
t(unpack, "i", b"")
t(unpack, "", b"")
t(unpack, "", b"a")
t(unpack, "i", "abcd")
t(unpack, "i", 1234)
t(unpack)
t(unpack, "i")
t(unpack, "i", b"abcd", 1)
t(Struct("h").unpack, b"abc")
t(Struct("h").unpack)
t(Struct("h").unpack, b"ab", b"cd")
print(unpack("<i", b"abcd"), unpack("<i", bytearray(b"abcd")), unpack("<i", memoryview(b"abcd")))
print(unpack("<h", memoryview(b"xxabyy")[2:4]))
