def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array, struct, hashlib, zlib, binascii
a = array.array("h", [1, 2, 258])
m = memoryview(b"abcdef")
print(struct.unpack("<3h", a), struct.unpack_from("<h", a, 2), struct.unpack("3s", m[:3]))
t(lambda: struct.unpack("<3B", m[::2]))
buf = bytearray(4)
struct.pack_into("<H", memoryview(buf), 1, 0x1234)
print(buf)
struct.pack_into("<h", a, 0, -1)
print(a)
t(lambda: struct.pack_into("b", m, 0, 1))
t(lambda: struct.pack_into("b", memoryview(buf)[::2], 0, 1))
print(hashlib.md5(a).hexdigest(), hashlib.sha1(m).hexdigest()[:16])
t(lambda: hashlib.md5(m[::2]))
h = hashlib.sha256()
h.update(memoryview(b"ab"))
h.update(array.array("B", b"c"))
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(zlib.crc32(a), zlib.adler32(m), zlib.decompress(zlib.compress(memoryview(b"zz" * 10))))
t(lambda: zlib.crc32(m[::2]))
print(binascii.hexlify(a), binascii.crc32(m), binascii.b2a_base64(memoryview(b"hi")))
t(lambda: binascii.hexlify(m[::2]))
