def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_textio_rw.txt"
with open(fn, "w") as f:
    t(lambda: f.read()); t(lambda: f.readline()); t(lambda: f.write("abc\n")); t(lambda: (f.readable(), f.writable(), f.seekable()))
    t(lambda: repr(f) == f"<_io.TextIOWrapper name={fn!r} mode='w' encoding='utf-8'>")
with open(fn) as f:
    t(lambda: f.write("x")); t(lambda: f.read()); t(lambda: f.mode); t(lambda: f.buffer.mode); t(lambda: f.name)
with open(fn, "a+") as f:
    t(lambda: f.tell()); f.write("def\n"); f.seek(0); t(lambda: f.read()); t(lambda: f.mode)
os.remove(fn)
