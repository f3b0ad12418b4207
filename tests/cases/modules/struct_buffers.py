import array
from _struct import pack, unpack, pack_into, unpack_from, iter_unpack

a = array.array("b", [0] * 8)
pack_into("<hi", a, 1, -2, 0x01020304)
print(a)
print(unpack("<8b", a), unpack_from("<i", a, 3), list(iter_unpack("<h", a)))
h = array.array("H", [1, 2, 3])
print(unpack("<3H", h), unpack_from("<H", h, 2))
pack_into("<H", h, 2, 9)
print(h)
ba = bytearray(b"\x00" * 4)
pack_into(">I", ba, 0, 0xCAFEBABE)
print(ba, unpack(">I", ba), unpack("<2H", memoryview(ba)))
print(unpack("<d", array.array("d", [1.5])), bytes(array.array("i", [1, -1])))
