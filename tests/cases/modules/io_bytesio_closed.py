def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"x")
b.close(); b.close()
t(lambda: b.closed)
for name in ["read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "truncate", "readable", "writable", "seekable", "flush", "isatty", "__getstate__"]:
    print(name, end=": "); t(lambda: getattr(b, name)())
t(lambda: b.write(b"")); t(lambda: b.seek(0)); t(lambda: next(b)); t(lambda: iter(b) is b)
with io.BytesIO(b"ctx") as c:
    t(lambda: c.read())
t(lambda: c.closed)
