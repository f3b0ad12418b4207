def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3])
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.tolist())
u = memoryview(array.array("u", "xy"))
print(u.format, u.itemsize, u.nbytes, u.shape)
t(lambda: u[0])
t(lambda: u.tolist())
t(lambda: list(u))
t(lambda: u.cast("B").tolist())
e = memoryview(array.array("d"))
print(e.shape, e.nbytes, e.tolist())
