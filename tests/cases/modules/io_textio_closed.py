def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("x"); w.close(); w.close()
t(lambda: w.closed)
for name in ["read", "readline", "tell", "flush", "fileno", "readable", "writable", "seekable", "isatty"]:
    print(name, end=": "); t(lambda: getattr(w, name)())
t(lambda: w.write("x")); t(lambda: w.seek(0)); t(lambda: next(w)); t(lambda: w.encoding); t(lambda: repr(w))
r = io.TextIOWrapper(io.BytesIO(b"a\nb\n"))
for line in r:
    t(lambda: r.tell()); break
