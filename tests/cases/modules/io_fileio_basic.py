def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_fileio_basic.bin"
f = io.FileIO(fn, "w")
t(lambda: (f.mode, f.closefd, f.name, f.readable(), f.writable(), f.seekable(), f.isatty()))
t(lambda: f.write(b"hello world")); t(lambda: f.write(bytearray(b"!"))); t(lambda: f.tell()); t(lambda: f.read()); t(lambda: f.write("s"))
f.close(); t(lambda: f.closed); t(lambda: repr(f))
f = io.FileIO(fn)
t(lambda: f.read(5)); t(lambda: f.readall()); t(lambda: f.read()); t(lambda: f.seek(6)); t(lambda: f.read(100)); t(lambda: f.seek(-3, 2)); t(lambda: f.read())
t(lambda: f.write(b"x")); t(lambda: f.truncate()); t(lambda: repr(f) == f"<_io.FileIO name={fn!r} mode='rb' closefd=True>")
f.close(); os.remove(fn)
