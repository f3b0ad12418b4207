# zlib.decompress: wbits formats (zlib, raw, gzip, auto), bufsize, and error messages.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 20
z = zlib.compress(data)
raw = zlib.compress(data, 6, -15)
gz = zlib.compress(data, 6, 31)
print(zlib.decompress(z) == data, zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data)
print(zlib.decompress(z, 47) == data, zlib.decompress(gz, 47) == data, zlib.decompress(z, 0) == data)
print(zlib.decompress(z, bufsize=1) == data, zlib.decompress(z, 15, 0) == data)
print(zlib.decompress(z + b"trailing garbage") == data)
print(zlib.decompress(bytearray(z))[:9], zlib.decompress(memoryview(z))[-5:])
for bad in [lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(z[:-1]),
            lambda: zlib.decompress(z[:20]), lambda: zlib.decompress(b""),
            lambda: zlib.decompress(raw), lambda: zlib.decompress(z, -15),
            lambda: zlib.decompress(gz), lambda: zlib.decompress(z, 31),
            lambda: zlib.decompress(z, 100), lambda: zlib.decompress(z, bufsize=-1),
            lambda: zlib.decompress(z[:2] + b"\xff" + z[3:]),
            lambda: zlib.decompress(z[:-4] + b"\x00\x00\x00\x00"), lambda: zlib.decompress("x")]:
    try:
        print(bad())
    except zlib.error as e:
        print("zlib.error", e)
    except Exception as e:
        print(type(e).__name__, e)
