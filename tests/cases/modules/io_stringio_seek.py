def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("abcdef")
t(lambda: s.seek(2)); t(lambda: s.seek(0, 1)); t(lambda: s.seek(0, 2)); t(lambda: s.seek(1, 1)); t(lambda: s.seek(1, 2)); t(lambda: s.seek(-1))
t(lambda: s.seek(0, 5)); t(lambda: s.seek(1.5)); t(lambda: s.seek(100)); t(lambda: s.read()); t(lambda: s.tell())
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, isinstance(e, io.UnsupportedOperation))
