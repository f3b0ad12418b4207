def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("hello\nworld\nlast")
t(lambda: s.read(3)); t(lambda: s.tell()); t(lambda: s.readline()); t(lambda: s.read()); t(lambda: s.read()); t(lambda: s.getvalue())
s.seek(0); t(lambda: s.readlines()); s.seek(0); t(lambda: list(s)); s.seek(0); t(lambda: s.readlines(7))
t(lambda: (s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding, s.errors, s.newlines))
t(lambda: io.StringIO(None).getvalue()); t(lambda: io.StringIO(initial_value="iv").read()); t(lambda: s.readline(2))
s.seek(0); t(lambda: s.readline(3)); t(lambda: s.readline(0)); t(lambda: s.read(-1))
