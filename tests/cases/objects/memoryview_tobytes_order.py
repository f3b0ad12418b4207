def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
x = m.cast("B", (2, 3))
for order in ["C", "F", "A", None]:
    print(order, x.tobytes(order), m[::2].tobytes(order), m[::-1].tobytes(order))
print(x.tobytes(order="F"))
t(lambda: x.tobytes("X"))
t(lambda: x.tobytes("c"))
t(lambda: x.tobytes(""))
t(lambda: x.tobytes(1))
t(lambda: x.tobytes("C", "F"))
y = memoryview(bytes(range(24))).cast("h", (3, 4))
print(y.tobytes("F").hex())
print(y[::2].tobytes().hex(), y[::2].tobytes("F").hex(), y[::2].tobytes("A").hex())
print(bytes(y[::-1]).hex())
