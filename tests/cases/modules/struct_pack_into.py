import _struct
from _struct import pack_into, Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(8)
pack_into("<h", buf, 0, 0x0102)
pack_into("<h", buf, 4, -1)
pack_into(">h", buf, -2, 0x0304)
print(buf)
t(pack_into, "<i", buf, 6, 1)
t(pack_into, "<i", buf, -2, 1)
t(pack_into, "<i", buf, -9, 1)
t(pack_into, "<i", b"12345678", 0, 1)
t(pack_into, "<i", buf)
t(pack_into, "<i", buf, 0)
t(pack_into, "<i", buf, 0, 1, 2)
t(pack_into, "<i", buf, "0", 1)
t(pack_into, "<i", buf, 0, 2 ** 40)
t(pack_into)
t(pack_into, "<i")
print(buf)
s = Struct("<2B")
s.pack_into(buf, 1, 7, 8)
print(buf)
t(s.pack_into)
t(s.pack_into, buf)
m = memoryview(buf)
pack_into("<H", m, 2, 0xFFEE)
print(buf)
pack_into("<B", m[4:], 1, 0x55)
print(buf)
t(pack_into, "<B", memoryview(b"abc"), 0, 1)
print(pack_into("", bytearray(), 0))
