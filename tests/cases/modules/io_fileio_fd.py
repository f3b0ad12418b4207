def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_fileio_fd.bin"
with open(fn, "wb") as f: f.write(b"data")
fd = os.open(fn, os.O_RDONLY)
f = io.FileIO(fd, closefd=False)
t(lambda: (f.mode, f.name == fd, f.fileno() == fd, f.closefd, f.read()))
f.close(); t(lambda: os.read(fd, 1) == b"")
os.lseek(fd, 0, 0)
g = io.FileIO(fd); t(lambda: g.read(2)); g.close(); t(lambda: os.read(fd, 1))
t(lambda: io.FileIO(fn, opener=lambda p, fl: os.open(p, fl)).read())
t(lambda: io.FileIO(fn, opener=lambda p, fl: -3)); t(lambda: io.FileIO(fn, opener=lambda p, fl: "x"))
with io.FileIO(fn, "rb") as h:
    b = bytearray(3); t(lambda: h.readinto(b)); t(lambda: b); t(lambda: h.readinto(memoryview(b)))
os.remove(fn)
