def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, os
fn = "_tmp_io_open_types.txt"
for m, b in [("w", -1), ("wb", -1), ("wb", 0), ("r+b", -1), ("a", -1), ("ab", -1), ("rb", 0), ("r", -1), ("r+", -1), ("x", -1)]:
    if m == "x": os.remove(fn)
    with open(fn, m, buffering=b) as f:
        r = f
        while hasattr(r, "buffer") or hasattr(r, "raw"):
            r = getattr(r, "buffer", None) or getattr(r, "raw")
        print(m, b, type(f).__name__, type(r).__name__, f.mode, r.mode, f.name == fn)
t(lambda: open(fn, "x"))
with open(fn, "w", buffering=1) as f:
    print(f.line_buffering)
t(lambda: io.open is open); t(lambda: open.__module__); t(lambda: io.open_code(fn).read()); t(lambda: io.open_code(b"x"))
os.remove(fn)
