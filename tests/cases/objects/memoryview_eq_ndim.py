def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytes(range(12)))
a = m.cast("B", (3, 4))
b = memoryview(bytes(range(12))).cast("B", (3, 4))
c = m.cast("B", (4, 3))
t(lambda: a == b)
t(lambda: a == c)
t(lambda: a == m)
t(lambda: a == bytes(range(12)))
t(lambda: a == a.cast("B"))
t(lambda: a[1:] == b[1:])
t(lambda: a[::2] == memoryview(bytes([0, 1, 2, 3, 8, 9, 10, 11])).cast("B", (2, 4)))
t(lambda: a[3:] == c[4:])
t(lambda: a[3:] == m[5:5])
t(lambda: m[5:5] == b"")
t(lambda: a.cast("c", (3, 4)) == a)
