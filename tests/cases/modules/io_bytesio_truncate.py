def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"abcdef")
t(lambda: b.truncate(4)); t(lambda: b.getvalue()); t(lambda: b.tell()); b.seek(2); t(lambda: b.truncate()); t(lambda: b.getvalue())
t(lambda: b.truncate(10)); t(lambda: b.getvalue()); t(lambda: b.truncate(-1)); b.seek(5); b.write(b"z"); t(lambda: b.getvalue())
t(lambda: b.truncate(None)); t(lambda: b.getvalue())
