def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
t(lambda: m["a"])
t(lambda: m[1.0])
t(lambda: m[None])
t(lambda: m[0, 1])
t(lambda: m[(0,)])
t(lambda: m[()])
t(lambda: m[...])
t(lambda: m[0:1, 0:1])
t(lambda: m[[0]])
t(lambda: m[(slice(0, 1),)])
t(lambda: m[(0, slice(0, 1))])
