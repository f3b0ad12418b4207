def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
text = "".join("l\u00ednea %d \u20ac\n" % i for i in range(500))
w = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
lines = w.readlines()
t(lambda: (len(lines), lines[0], lines[-1], "".join(lines) == text))
w.seek(0); t(lambda: w.read(10000) == text[:10000]); t(lambda: len(w.read()))
w.seek(0); n = 0
for line in w: n += len(line)
t(lambda: n == len(text))
r = io.TextIOWrapper(io.BytesIO(("x" * 9000 + "\r\n" + "y" * 10).encode()), encoding="ascii")
t(lambda: len(r.readline())); t(lambda: r.read())
