# crc32, adler32 (running values, masking) and the module's constants.
import zlib

for data in [b"", b"a", b"hello world", bytes(range(256)) * 30]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", 1), zlib.adler32(b"abc", 0), zlib.adler32(b"abc", -1), zlib.crc32(b"x", 2**40))
print(zlib.adler32(b"\xff" * 100000), zlib.crc32(bytearray(b"abc")), zlib.adler32(memoryview(b"abc")))
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
             "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
             "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
             "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION[:2], type(zlib.ZLIB_RUNTIME_VERSION).__name__)
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)
for bad in [lambda: zlib.crc32("x"), lambda: zlib.adler32(), lambda: zlib.crc32(b"", 1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
