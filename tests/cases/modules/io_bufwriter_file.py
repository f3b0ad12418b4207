def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_bufwriter_file.bin"
f = open(fn, "wb")
t(lambda: type(f).__name__); t(lambda: f.write(b"hello ")); t(lambda: os.path.getsize(fn)); f.flush(); t(lambda: os.path.getsize(fn))
f.write(b"world"); t(lambda: f.tell()); f.close(); t(lambda: os.path.getsize(fn))
t(lambda: io.BufferedWriter(io.FileIO(fn)))
t(lambda: io.BufferedReader(io.FileIO(fn, "w")))
with open(fn, "rb") as f: t(lambda: f.read())
os.remove(fn)
