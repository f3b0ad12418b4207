def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
for s in [slice(1, 1), slice(1, 1, 2), slice(1, 2), slice(1, 2, 5), slice(0, 6, 2), slice(None, None, -1)]:
    v = m[s]
    print(s, v.shape, v.strides, v.c_contiguous, v.f_contiguous, v.contiguous)
x = m.cast("B", (2, 3))
print(x.c_contiguous, x.f_contiguous, x.contiguous)
y = m.cast("B", (1, 6))
print(y.c_contiguous, y.f_contiguous)
z = m.cast("B", (6, 1))
print(z.c_contiguous, z.f_contiguous)
w2 = x[::2]
print(w2.shape, w2.strides, w2.c_contiguous, w2.f_contiguous, w2.tolist())
