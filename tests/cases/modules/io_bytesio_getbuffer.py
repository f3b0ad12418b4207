def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"abcdef")
m = b.getbuffer()
t(lambda: (len(m), m.nbytes, bytes(m)))
m[0] = 65
t(lambda: b.getvalue())
m.release()
t(lambda: b.getvalue()); t(lambda: b.read(2))
