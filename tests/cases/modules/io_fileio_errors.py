def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_fileio_errors.bin"
t(lambda: io.FileIO("_tmp_missing_dir/x")); t(lambda: io.FileIO(".")); t(lambda: io.FileIO(-1)); t(lambda: io.FileIO(1.5)); t(lambda: io.FileIO(None))
t(lambda: io.FileIO(fn, 5)); t(lambda: io.FileIO(fn, "w", foo=1)); t(lambda: io.FileIO("a\0b"))
with io.FileIO(fn, "w") as f: pass
t(lambda: io.FileIO(fn, closefd=False))
f = io.FileIO(fn); f.close()
for name in ["read", "readall", "tell", "truncate", "seekable", "readable", "writable", "fileno", "isatty"]:
    print(name, end=": "); t(lambda: getattr(f, name)())
t(lambda: f.write(b"x")); t(lambda: f.seek(0)); t(lambda: f.readinto(bytearray(1))); t(lambda: (f.closed, f.mode, repr(f)))
f = io.FileIO(fn); t(lambda: f.seek(0, 7)); t(lambda: f.seek(-1)); t(lambda: f.seek(1.0)); t(lambda: f.read("x")); t(lambda: f.readinto(b"x")); f.close()
os.remove(fn)
