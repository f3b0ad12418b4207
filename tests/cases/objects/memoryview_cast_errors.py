def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdefgh")
for f in ["x", "", "ii", "<i", "=B", "@", "e", "B ", "2B", "s", "p"]:
    t(lambda: m.cast(f))
t(lambda: m.cast(1))
t(lambda: m.cast(b"B"))
t(lambda: m.cast("é"))
t(lambda: m.cast("i").cast("h"))
t(lambda: m.cast("i").cast("d"))
t(lambda: m.cast("i").cast("B").cast("h").tolist())
t(lambda: m[::2].cast("B"))
t(lambda: m[:3].cast("h"))
t(lambda: m.cast())
t(lambda: m.cast("B", (8,), 1))
t(lambda: m.cast(shape=(8,), format="B").shape)
t(lambda: m.cast("B", shape=[2, 4]).shape)
t(lambda: m.cast(fmt="B"))
