def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())
    def readline(self, size=-1):
        return super().readline(size).strip() + "|"
b = io.BytesIO()
u = Upper(b, encoding="utf-8")
print("hello", file=u); u.flush(); t(lambda: b.getvalue())
r = Upper(io.BytesIO(b"a\nb\n"), encoding="utf-8"); t(lambda: [r.readline(), r.readline(), r.readline()])
u.mode = "custom"; t(lambda: repr(u))
