def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"\x05\x00\x00\x00")
m = memoryview(b).cast("i", ())
print(m.ndim, m.shape, m.strides, m.nbytes, m.itemsize, m.c_contiguous, m.f_contiguous)
t(lambda: m[()])
t(lambda: m[...] is m)
t(lambda: m[0])
t(lambda: m[0:1])
t(lambda: len(m))
t(lambda: m.tolist())
t(lambda: m.tobytes())
t(lambda: list(m))
m[()] = 7
print(b)
m[...] = 8
print(b)
t(lambda: m.__setitem__(0, 1))
t(lambda: m.cast("B").tolist())
t(lambda: m.cast("B", ()))
t(lambda: memoryview(b"ab").cast("B", []))
t(lambda: m == memoryview(b"\x08\x00\x00\x00").cast("i", []))
t(lambda: m == memoryview(b"\x08\x00\x00\x00").cast("i"))
t(lambda: m.hex())
