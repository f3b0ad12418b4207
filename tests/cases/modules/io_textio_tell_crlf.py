def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
w = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"), encoding="utf-8", newline=None)
pos = []
for i in range(4):
    pos.append(w.tell()); print(repr(w.readline()))
t(lambda: pos)
for p in reversed(pos):
    w.seek(p); print(p, repr(w.readline()))
w._CHUNK_SIZE = 4
w.seek(0); t(lambda: w.read(5)); c = w.tell(); t(lambda: c); t(lambda: w.read()); w.seek(c); t(lambda: w.read())
t(lambda: w._CHUNK_SIZE)
