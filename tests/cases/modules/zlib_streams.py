# decompressobj over chunks of several formats, and streams used after their end.
import zlib

data = b"format autodetection " * 40
for wbits_c, wbits_d in [(15, 15), (31, 31), (31, 47), (15, 47), (-15, -15), (9, 9), (9, 15)]:
    c = zlib.compressobj(6, zlib.DEFLATED, wbits_c)
    blob = c.compress(data) + c.flush()
    d = zlib.decompressobj(wbits_d)
    out = b"".join(d.decompress(blob[i:i + 17]) for i in range(0, len(blob), 17))
    print(wbits_c, wbits_d, len(blob), out == data, d.eof, d.unused_data)
d = zlib.decompressobj()
z = zlib.compress(b"abc")
print(d.decompress(z), d.eof, d.flush(), d.eof)
try:
    d.decompress(b"more")
except zlib.error as e:
    print("zlib.error", e)
d = zlib.decompressobj()
print(d.decompress(z + z), d.unused_data == z)
print(d.decompress(b"x"), d.unused_data == z + b"x")
d = zlib.decompressobj(-15)
try:
    d.decompress(b"\xff\xff\xff")
except zlib.error as e:
    print("zlib.error", e)
c = zlib.compressobj()
c.compress(b"x")
c.flush()
try:
    c.flush(zlib.Z_SYNC_FLUSH)
except zlib.error as e:
    print("zlib.error", e)
