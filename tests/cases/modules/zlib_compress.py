# zlib.compress output bytes at every level equal CPython's zlib, and round-trip.
import zlib

data = b"hello hello hello world " * 50 + bytes(range(256)) + b"abcdefghijklmnop" * 3
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12].hex(), c[-8:].hex(), zlib.decompress(c) == data)
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(b"a" * 1000))
print(zlib.compress(data=b"abc", level=1, wbits=9) if False else zlib.compress(b"abc", level=1))
print(zlib.compress(b"abc", wbits=-15), zlib.compress(b"abc", wbits=31)[:4])
print(zlib.compress(bytearray(b"xyz")), zlib.compress(memoryview(b"xyz")))
import_text = "".join(chr(65 + (i * 7) % 26) for i in range(5000)).encode()
c = zlib.compress(import_text, 9)
print(len(c), c[-4:].hex(), zlib.decompress(c) == import_text)
for bad in [lambda: zlib.compress("x"), lambda: zlib.compress(b"x", 10),
            lambda: zlib.compress(b"x", -2), lambda: zlib.compress(b"x", wbits=100),
            lambda: zlib.compress(), lambda: zlib.compress(data=b"x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
