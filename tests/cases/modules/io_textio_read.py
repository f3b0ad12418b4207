def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
w = io.TextIOWrapper(io.BytesIO(b"ab\ncd\r\nef\rgh"), encoding="utf-8")
t(lambda: (w.encoding, w.errors, w.line_buffering, w.write_through, w.newlines))
t(lambda: repr(w)); t(lambda: w.readline()); t(lambda: w.tell()); t(lambda: w.readline()); t(lambda: w.tell()); t(lambda: w.read(2)); t(lambda: w.tell())
t(lambda: w.newlines); t(lambda: w.read()); t(lambda: w.tell()); t(lambda: w.read()); t(lambda: w.readline())
w.seek(0); t(lambda: w.readlines()); w.seek(0); t(lambda: list(w)); w.seek(0); t(lambda: w.readline(1)); t(lambda: w.readline(None))
