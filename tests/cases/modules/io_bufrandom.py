def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BufferedRandom(io.BytesIO(b"0123456789"), 4)
t(lambda: b.read(2)); t(lambda: b.write(b"ab")); t(lambda: b.tell()); t(lambda: b.read(3)); b.seek(0); t(lambda: b.read()); t(lambda: b.raw.getvalue())
t(lambda: b.seek(-3, 2)); t(lambda: b.read1(10)); t(lambda: b.seek(0)); t(lambda: b.peek(2)[:2]); t(lambda: b.truncate(3)); t(lambda: b.tell()); t(lambda: b.raw.getvalue())
b.seek(0, 2); b.write(b"XYZ"); b.seek(1); t(lambda: b.read()); t(lambda: (b.readable(), b.writable(), b.seekable()))
t(lambda: io.BufferedRandom(io.FileIO(__file__)))
