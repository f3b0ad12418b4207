def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
p = io.BufferedRWPair(io.BytesIO(b"input"), io.BytesIO())
t(lambda: p.read(2)); t(lambda: p.peek(1)[:1]); t(lambda: p.read1(1)); t(lambda: p.write(b"out")); t(lambda: (p.readable(), p.writable(), p.seekable(), p.isatty(), p.closed))
t(lambda: p.seek(0)); t(lambda: p.tell()); t(lambda: p.readinto(bytearray(1))); t(lambda: p.flush()); p.close(); t(lambda: p.closed)
t(lambda: io.BufferedRWPair(io.BytesIO(), io.FileIO(__file__))); t(lambda: io.BufferedRWPair(io.BytesIO()))
