# zipfile (Lib) with ZIP_DEFLATED and ZIP_STORED in memory.
import io, zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), b"alpha " * 500)
    z.writestr(zipfile.ZipInfo("b.bin", (2020, 1, 1, 0, 0, 0)), bytes(range(256)) * 8)
    info = zipfile.ZipInfo("stored.txt", (2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    z.writestr(info, b"stored data")
print(len(buf.getvalue()))
with zipfile.ZipFile(buf) as z:
    for i in z.infolist():
        print(i.filename, i.file_size, i.compress_size, i.compress_type, hex(i.CRC))
    print(z.read("a.txt")[:12], len(z.read("b.bin")), z.read("stored.txt"))
    with z.open("a.txt") as f:
        print(f.read(7), len(f.read(100)), len(f.read()))
    print(z.testzip())
