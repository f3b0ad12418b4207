def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"abc"); b.read(1); b.x = 5
t(lambda: b.__getstate__())
c = io.BytesIO(); t(lambda: c.__setstate__((b"xyz", 1, {"k": 2}))); t(lambda: (c.read(), c.k))
t(lambda: c.__setstate__((b"xyz", -1, None))); t(lambda: c.__setstate__((b"xyz",))); t(lambda: c.__setstate__([b"x", 0, None]))
t(lambda: c.__setstate__(("s", 0, None)))
