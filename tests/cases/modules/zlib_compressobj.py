# compressobj: incremental compress, flush modes, parameters, and use after finish.
import zlib

data = b"streaming data chunk " * 100
c = zlib.compressobj()
out = c.compress(data[:500]) + c.compress(data[500:]) + c.flush()
print(out == zlib.compress(data), len(out))
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [c.compress(data[i:i + 300]) for i in range(0, len(data), 300)]
parts.append(c.flush(zlib.Z_SYNC_FLUSH))
print([len(p) for p in parts], parts[-1][-4:].hex())
parts.append(c.compress(b"more"))
parts.append(c.flush(zlib.Z_FULL_FLUSH))
parts.append(c.flush())
blob = b"".join(parts)
print(blob.hex()[-40:], zlib.decompress(blob, -15) == data + b"more")
c = zlib.compressobj(level=1, wbits=31, memLevel=1, strategy=zlib.Z_HUFFMAN_ONLY)
gz = c.compress(data) + c.flush()
print(gz[:3].hex(), len(gz), zlib.decompress(gz, 31) == data)
for strategy in [zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY]:
    c = zlib.compressobj(strategy=strategy)
    print(strategy, (c.compress(data) + c.flush()).hex()[:40])
c = zlib.compressobj()
print(c.flush(zlib.Z_NO_FLUSH), c.compress(b"abc"), c.flush(zlib.Z_SYNC_FLUSH).hex())
print(c.flush().hex())
for bad in [lambda: c.compress(b"x"), lambda: c.flush(), lambda: c.copy(),
            lambda: zlib.compressobj(10), lambda: zlib.compressobj(method=9),
            lambda: zlib.compressobj(wbits=7), lambda: zlib.compressobj(memLevel=10),
            lambda: zlib.compressobj(strategy=9), lambda: zlib.compressobj(zdict=1),
            lambda: zlib.compressobj().compress("x"), lambda: zlib.compressobj().compress()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(c).__name__, type(c).__module__)
try:
    type(c)()
except TypeError as e:
    print("TypeError", e)
