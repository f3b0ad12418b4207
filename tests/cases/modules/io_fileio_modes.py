def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_fileio_modes.bin"
with io.FileIO(fn, "w") as f: f.write(b"abc")
for m in ["r", "rb", "r+", "w+", "a", "a+", "ab+"]:
    with io.FileIO(fn, m) as f:
        print(m, f.mode, f.readable(), f.writable(), f.tell())
        if f.readable(): print(" ", f.read())
        if f.writable(): f.write(b"Z")
with open(fn, "rb") as f: t(lambda: f.read())
os.remove(fn)
with io.FileIO(fn, "x") as f: t(lambda: f.mode)
t(lambda: io.FileIO(fn, "x")); t(lambda: io.FileIO(fn, "xb+").mode)
for m in ["rw", "q", "rt", "", "b", "r++", "wx"]:
    t(lambda: io.FileIO(fn, m))
os.remove(fn)
