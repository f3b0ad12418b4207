def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
raw = io.BytesIO(b"abcdef")
r = io.BufferedReader(raw, 2)
t(lambda: r.read(1)); d = r.detach(); t(lambda: d is raw); t(lambda: d.tell())
t(lambda: r.read()); t(lambda: repr(r)); t(lambda: r.raw); t(lambda: r.closed); t(lambda: r.detach()); t(lambda: r.name); t(lambda: r.tell())
w = io.BufferedWriter(io.BytesIO())
w.write(b"pending"); d = w.detach(); t(lambda: d.getvalue()); t(lambda: w.write(b"x"))
