def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import os
fn = "_tmp_io_bufrandom_file.bin"
with open(fn, "wb") as f: f.write(b"abcdefghij")
with open(fn, "r+b") as f:
    t(lambda: type(f).__name__); t(lambda: f.read(3)); f.write(b"XY"); t(lambda: f.tell()); t(lambda: f.read(2)); f.seek(0); t(lambda: f.read())
    f.seek(8); f.write(b"0123"); f.seek(0); t(lambda: f.read()); t(lambda: f.truncate(4)); f.seek(0); t(lambda: f.read())
os.remove(fn)
