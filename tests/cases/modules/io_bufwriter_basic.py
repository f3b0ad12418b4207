def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
raw = io.BytesIO()
w = io.BufferedWriter(raw, buffer_size=4)
t(lambda: w.write(b"ab")); t(lambda: raw.getvalue()); t(lambda: w.tell()); t(lambda: w.write(b"cde")); t(lambda: raw.getvalue())
t(lambda: w.write(b"0123456789")); t(lambda: raw.getvalue()); t(lambda: w.write(b"z")); t(lambda: raw.getvalue()); t(lambda: w.flush()); t(lambda: raw.getvalue())
t(lambda: w.seek(0)); t(lambda: w.write(b"X")); t(lambda: w.tell()); w.flush(); t(lambda: raw.getvalue())
t(lambda: w.truncate(3)); t(lambda: raw.getvalue()); t(lambda: w.write("s")); t(lambda: w.read()); t(lambda: (w.writable(), w.seekable()))
t(lambda: repr(w)[:22]); w.close(); t(lambda: w.write(b"x")); t(lambda: w.flush()); t(lambda: w.tell()); t(lambda: w.seek(0)); t(lambda: w.closed)
t(lambda: io.BufferedWriter(io.BytesIO(), 0))
