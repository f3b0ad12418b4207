# Compress.flush with each mode yields zlib's exact bytes; the stream stays decodable.
import zlib

data = b"The flush modes of deflate. " * 30
for mode in ["Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_BLOCK", "Z_FINISH"]:
    c = zlib.compressobj(6)
    a = c.compress(data)
    b = c.flush(getattr(zlib, mode))
    rest = c.compress(b"tail") + c.flush() if mode != "Z_FINISH" else b""
    print(mode, a.hex(), b.hex()[:60], len(b), zlib.decompress(a + b + rest)[-8:])
c = zlib.compressobj(1)
out = b""
for i in range(10):
    out += c.compress(data[i * 50:(i + 1) * 50]) + c.flush(zlib.Z_SYNC_FLUSH)
out += c.flush()
print(len(out), out[-12:].hex(), zlib.decompress(out) == data[:500])
d = zlib.decompressobj()
print(d.decompress(out[:len(out) // 2])[:20], d.eof)
