def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"0123456789")
t(lambda: b.seek(3)); t(lambda: b.seek(2, 1)); t(lambda: b.seek(-2, 2)); t(lambda: b.read()); t(lambda: b.seek(-100, 1)); t(lambda: b.seek(-100, 2))
t(lambda: b.seek(-1)); t(lambda: b.seek(0, 3)); t(lambda: b.seek(1.0)); t(lambda: b.seek("1")); t(lambda: b.seek(100)); t(lambda: b.read()); t(lambda: b.tell())
t(lambda: b.seek(True))
