def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"hello"
m = memoryview(b)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.readonly, m.obj is b, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), m[0], m[-1], m.tolist(), m.tobytes())
e = memoryview(b"")
print(e.shape, e.strides, e.nbytes, len(e), e.tolist(), e.tobytes(), e.contiguous)
t(lambda: m.released)
t(lambda: type(m).__name__)
t(lambda: memoryview(m).obj is b)
t(lambda: memoryview(m).format)
