# gzip (Lib) over zlib: compress/decompress, GzipFile on BytesIO, multi-member streams.
import gzip, io

data = b"gzip payload line\n" * 200
c = gzip.compress(data, compresslevel=6, mtime=0)
print(c[:10].hex(), len(c), c[-8:].hex())
print(gzip.decompress(c) == data, gzip.decompress(c + c) == data * 2)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(data[:1000])
    f.write(data[1000:])
print(buf.getvalue() == gzip.compress(data, mtime=0), len(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(10), len(f.read()), f.read())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readline(), sum(1 for _ in f))
for level in [0, 1, 9]:
    print(level, len(gzip.compress(data, level, mtime=0)))
try:
    gzip.decompress(c[:-3])
except EOFError as e:
    print("EOFError", e)
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
