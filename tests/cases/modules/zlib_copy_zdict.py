# copy() of both stream objects, and preset dictionaries (zdict).
import zlib
import copy

data = b"abcdefghij" * 200
c = zlib.compressobj()
head = c.compress(data[:1000])
c2 = c.copy()
c3 = copy.copy(c)
tail1 = c.compress(data[1000:]) + c.flush()
tail2 = c2.compress(data[1000:]) + c2.flush()
tail3 = c3.compress(b"different") + c3.flush()
print(tail1 == tail2, zlib.decompress(head + tail1) == data, zlib.decompress(head + tail3))
z = zlib.compress(data)
d = zlib.decompressobj()
first = d.decompress(z[:30])
d2 = d.copy()
d3 = copy.deepcopy(d)
print(first + d.decompress(z[30:]) == data, first + d2.decompress(z[30:]) == data, d3.eof)
zdict = b"abcdefghij"
c = zlib.compressobj(zdict=zdict)
cz = c.compress(data) + c.flush()
print(cz[:6].hex(), len(cz))
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(cz) == data, d.eof)
try:
    zlib.decompress(cz)
except zlib.error as e:
    print("zlib.error", e)
try:
    zlib.decompressobj().decompress(cz)
except zlib.error as e:
    print("zlib.error", e)
try:
    zlib.decompressobj(zdict=b"wrong dictionary").decompress(cz)
except zlib.error as e:
    print("zlib.error", e)
c = zlib.compressobj(wbits=-15, zdict=bytearray(zdict))
raw = c.compress(data) + c.flush()
d = zlib.decompressobj(wbits=-15, zdict=zdict)
print(d.decompress(raw) == data)
