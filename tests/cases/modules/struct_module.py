import struct
import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

print(struct.pack("<hi", 1, 2), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("@bq"))
s = struct.Struct("<3sx?")
print(s.pack(b"abc", True), s.unpack(b"xyz\x00\x01"), s.size, s.format)
print(struct.error, struct.Struct, struct.__doc__.splitlines()[0])
t(struct.pack, "h", 2 ** 15)
t(struct.unpack, "i", b"")
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.unpack_from("<b", b"\x00\xff", 1))
buf = bytearray(4)
struct.pack_into("<HH", buf, 0, 1, 2)
print(buf, struct._clearcache())
print(sorted(struct.__all__))
a = array.array("i", [1, 2, 3])
print(struct.unpack("<3i", a), bytes(a))
