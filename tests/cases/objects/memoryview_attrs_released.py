def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abc")
m.release()
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape",
             "strides", "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    t(lambda: getattr(m, name))
t(lambda: len(m))
t(lambda: m[0])
t(lambda: m[0:1])
t(lambda: m.tolist())
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: m.cast("b"))
t(lambda: m.toreadonly())
t(lambda: list(m))
t(lambda: memoryview(m))
t(lambda: bytes(m))
t(lambda: repr(m).startswith("<released memory at 0x"))
