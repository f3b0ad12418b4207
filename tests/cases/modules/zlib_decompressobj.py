# decompressobj: max_length, unconsumed_tail, unused_data, eof, flush.
import zlib

data = bytes(range(256)) * 40
z = zlib.compress(data)
d = zlib.decompressobj()
print(d.eof, d.unused_data, d.unconsumed_tail)
out = d.decompress(z, 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
chunks = [out]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 1000))
print([len(c) for c in chunks][:5], sum(map(len, chunks)), d.eof)
rest = d.flush()
print(len(rest), b"".join(chunks) + rest == data, d.eof)
# Byte by byte, then data after the end goes to unused_data.
d = zlib.decompressobj()
got = b"".join(d.decompress(z[i:i + 1]) for i in range(len(z)))
print(got == data, d.eof, d.unused_data)
print(d.decompress(b"after"), d.unused_data, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(z + b"extra bytes")), d.unused_data, d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
print(d.decompress(z[:10]), d.eof, len(d.flush()) > 0, d.eof)
d = zlib.decompressobj(wbits=-15)
raw = zlib.compress(b"raw data", 6, -15)
print(d.decompress(raw), d.eof)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b"gz", 6, 31)), d.eof)
d = zlib.decompressobj()
print(d.decompress(z, 0) == data, d.flush(1) == b"")
for bad in [lambda: zlib.decompressobj().decompress(b"xx garbage"),
            lambda: zlib.decompressobj().decompress(z, -1),
            lambda: zlib.decompressobj().flush(0), lambda: zlib.decompressobj(wbits=100),
            lambda: zlib.decompressobj(zdict=1), lambda: zlib.decompressobj().decompress("x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = zlib.decompressobj()
d.decompress(z)
d.flush()
try:
    d.copy()
except ValueError as e:
    print("ValueError", e)
# CPython recomputes a non-empty unconsumed_tail from the data's end, even past the stream end.
co = zlib.compressobj(5, zlib.DEFLATED, -10)
raw = co.compress(bytes(range(200)) * 30) + co.flush()
d = zlib.decompressobj(-10)
first = d.decompress(raw + b"TRAIL", 1000)
print(len(first), len(d.unconsumed_tail), d.eof)
while not d.eof:
    d.decompress(d.unconsumed_tail, 1000)
print(d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(d.unconsumed_tail), d.unused_data, d.unconsumed_tail)
