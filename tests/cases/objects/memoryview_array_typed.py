def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
a = array.array("i", [10, -20, 30])
m = memoryview(a)
print(m[0], m[-2], m[1:].tolist(), m[::2].tolist(), list(m))
m[0] = 2**31 - 1
t(lambda: m.__setitem__(1, 2**31))
t(lambda: m.__setitem__(1, 1.0))
print(a)
b = m.cast("B")
print(b.format, b.shape, b[:4].tolist())
b[0] = 0
print(a[0])
print(b.cast("i").tolist(), b.cast("I").tolist()[1])
d = memoryview(array.array("d", [0.5, -1.25]))
print(d.tolist(), d[1], d.itemsize)
d[0] = 3
print(d.obj)
q = memoryview(array.array("Q", [2**64 - 1]))
print(q[0], q.cast("B").tolist())
l = memoryview(array.array("l", [-2**63]))
print(l[0])
f = memoryview(array.array("f", [1.5]))
print(f.tolist(), f.cast("B").tolist())
print(bytes(memoryview(array.array("H", [258, 772]))))
