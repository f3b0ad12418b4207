def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
class S(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).strip() + "!\n" if not self.closed else ""
s = S("a\nb\n")
t(lambda: [next(s), next(s)])
class W(io.StringIO):
    def write(self, x):
        return super().write(x.upper())
w = W(); print("hi", file=w); w.writelines(["x", "y"]); t(lambda: w.getvalue())
t(lambda: isinstance(s, io.TextIOBase)); t(lambda: io.StringIO.__mro__)
