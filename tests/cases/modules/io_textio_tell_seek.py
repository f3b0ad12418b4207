def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
data = "h\u00e9llo\nw\u00f6rld\n\u20acuro\n".encode()
w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
t(lambda: w.read(3)); t(lambda: w.tell()); t(lambda: w.readline()); pos = w.tell(); t(lambda: pos); t(lambda: w.read()); w.seek(pos); t(lambda: w.read())
w.seek(0); t(lambda: w.read(1)); c = w.tell(); t(lambda: c); w.seek(c); t(lambda: w.read(4))
positions = []
w.seek(0)
while True:
    positions.append(w.tell())
    if not w.read(1): break
t(lambda: positions)
for p in positions[::3]:
    w.seek(p); print(p, repr(w.read(2)))
t(lambda: w.seek(0, 1)); t(lambda: w.seek(3, 1)); t(lambda: w.seek(3, 2)); t(lambda: w.seek(0, 2)); t(lambda: w.seek(-1)); t(lambda: w.seek(0, 7))
