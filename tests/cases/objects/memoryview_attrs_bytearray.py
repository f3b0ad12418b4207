def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdef")
m = memoryview(ba)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.readonly, m.obj is ba, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.tolist())
r = m.toreadonly()
print(r.readonly, r.obj is ba, r.tolist(), m.readonly)
s = m[1:5:2]
print(s.nbytes, s.shape, s.strides, s.c_contiguous, s.contiguous, s.tolist())
