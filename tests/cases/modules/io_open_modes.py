def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_open_modes.txt"
for m in ["rw", "rr", "q", "rt+b", "wb+", "", "b", "t", "U", "r+++", "xw", "rb"]:
    try:
        f = open(fn, m); print(m, f.mode, type(f).__name__); f.close()
    except Exception as e:
        print(m, type(e).__name__, e)
t(lambda: open(fn, "rb", encoding="utf-8")); t(lambda: open(fn, "rb", errors="strict")); t(lambda: open(fn, "rb", newline="")); t(lambda: open(fn, "r", buffering=0))
t(lambda: open(fn, 5)); t(lambda: open(fn, encoding=5)); t(lambda: open(fn, "r", newline="x")); t(lambda: open(None)); t(lambda: open(1.5))
t(lambda: open(fn, "r", closefd=False))
os.remove(fn)
