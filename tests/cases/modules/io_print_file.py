def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, sys
s = io.StringIO()
print("a", 1, None, sep="-", end="!\n", file=s); print(file=s); print("x", "y", file=s, flush=True)
t(lambda: s.getvalue())
class Rec:
    def __init__(self): self.calls = []
    def write(self, x): self.calls.append(x)
r = Rec(); print("p", "q", sep=",", file=r); t(lambda: r.calls)
t(lambda: print("x", file=io.BytesIO())); t(lambda: print("x", sep=5)); t(lambda: print("x", end=b""))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"); print("t\u00e9xt", file=w); w.flush(); t(lambda: w.buffer.getvalue())
w.close(); t(lambda: print("closed", file=w))
old = sys.stdout; sys.stdout = io.StringIO(); print("captured"); cap = sys.stdout.getvalue(); sys.stdout = old; t(lambda: cap)
