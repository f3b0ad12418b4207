def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytes(range(24)))
a = m.cast("B", (2, 3, 4))
print(a.ndim, a.shape, a.strides, a.nbytes, len(a))
print(a.tolist())
b = m.cast("h", [3, 4])
print(b.shape, b.strides, b.itemsize, b.tolist())
c = a.cast("B")
print(c.ndim, c.shape, c.strides)
d = a.cast("i")
print(d.shape, d.tolist())
e = m.cast("B", (24,))
print(e.shape, e == m)
f = m.cast("Q", (3,))
print(f.shape, f.tolist())
g = m.cast("B", (1, 1, 24))
print(g.shape, g.strides, g.tolist())
print(m.cast("B", (True, 24)).shape)
