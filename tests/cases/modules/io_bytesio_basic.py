def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"hello\nworld\nlast")
t(lambda: b.read(3)); t(lambda: b.tell()); t(lambda: b.readline()); t(lambda: b.read1(2)); t(lambda: b.read())
t(lambda: b.read()); t(lambda: b.getvalue()); t(lambda: b.seek(0)); t(lambda: b.readlines())
b.seek(0); t(lambda: list(b)); t(lambda: (b.readable(), b.writable(), b.seekable(), b.isatty()))
t(lambda: io.BytesIO(initial_bytes=b"kw").read()); t(lambda: io.BytesIO(bytearray(b"ba")).read())
t(lambda: io.BytesIO(memoryview(b"mv")).read()); t(lambda: io.BytesIO(None).getvalue())
