def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"abc")
w = io.TextIOWrapper(b, encoding="utf-8")
t(lambda: w.buffer is b); d = w.detach(); t(lambda: d is b)
for name in ["read", "readline", "tell", "flush", "close", "fileno", "detach", "readable", "writable", "seekable", "isatty"]:
    print(name, end=": "); t(lambda: getattr(w, name)())
t(lambda: w.write("x")); t(lambda: w.seek(0)); t(lambda: w.buffer); t(lambda: w.closed); t(lambda: w.encoding); t(lambda: repr(w)); t(lambda: w.name)
w2 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"); w2.write("pend"); t(lambda: w2.detach().getvalue())
