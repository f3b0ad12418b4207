def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("abc", newline=None); s.read(1); s.y = 3
t(lambda: s.__getstate__())
s2 = io.StringIO(); t(lambda: s2.__setstate__(("a\r\nb", "\r\n", 1, {"k": 1}))); t(lambda: (s2.read(), s2.k, s2.getvalue()))
t(lambda: s2.__setstate__(("a", "x", 0, None))); t(lambda: s2.__setstate__(("a", None, -1, None))); t(lambda: s2.__setstate__((1,)))
t(lambda: io.StringIO("x", newline="\r").__getstate__())
