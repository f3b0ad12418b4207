def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("x")
s.close(); s.close()
t(lambda: s.closed)
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable", "writable", "seekable", "__getstate__", "flush", "isatty"]:
    print(name, end=": "); t(lambda: getattr(s, name)())
t(lambda: s.write("")); t(lambda: s.seek(0)); t(lambda: next(s)); t(lambda: s.line_buffering); t(lambda: s.newlines)
t(lambda: s.detach()); t(lambda: s.fileno())
