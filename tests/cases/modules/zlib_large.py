# Larger data: multi-block outputs, streaming with small max_length, bufsize growth.
import zlib

data = b"".join(b"%08d:" % i + bytes([i % 251]) * (i % 17) for i in range(4000))
print(len(data))
for level in [1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c, bufsize=1) == data)
c = zlib.compress(data)
d = zlib.decompressobj()
out = []
pending = c
while pending and not d.eof:
    out.append(d.decompress(pending, 4096))
    pending = d.unconsumed_tail
print(len(out), sum(map(len, out)), d.eof, b"".join(out) == data)
d = zlib.decompressobj()
out = b"".join(d.decompress(c[i:i + 1000]) for i in range(0, len(c), 1000))
print(out == data, d.eof, d.unused_data)
co = zlib.compressobj(9, zlib.DEFLATED, -12)
raw = b"".join(co.compress(data[i:i + 7777]) for i in range(0, len(data), 7777)) + co.flush()
print(len(raw), zlib.crc32(raw), zlib.decompress(raw, -12) == data)
# Stored blocks (level 0) are cut to the output space CPython's buffer offers each call.
c0 = zlib.compress(data * 8, 0)
print(len(c0), zlib.crc32(c0), zlib.decompress(c0) == data * 8)
co = zlib.compressobj(0)
s0 = co.compress(data * 8) + co.flush()
print(len(s0), zlib.crc32(s0))
