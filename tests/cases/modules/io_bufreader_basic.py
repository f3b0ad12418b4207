def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
r = io.BufferedReader(io.BytesIO(b"line1\nline2\nrest"), buffer_size=4)
t(lambda: r.read(2)); t(lambda: r.peek(1)[:1]); t(lambda: r.tell()); t(lambda: r.readline()); t(lambda: r.read1(3)); t(lambda: r.tell())
t(lambda: r.readline()); t(lambda: r.read()); t(lambda: r.read()); t(lambda: r.read1(5)); t(lambda: r.peek())
r.seek(0); t(lambda: list(r)); r.seek(0); t(lambda: r.readlines()); r.seek(0); t(lambda: r.read(100))
t(lambda: (r.readable(), r.seekable(), r.raw.__class__.__name__, r.closed))
t(lambda: r.write(b"x")); t(lambda: r.truncate()); t(lambda: r.read(-2)); t(lambda: r.read("x"))
