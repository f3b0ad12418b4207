def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytes(range(24)))
print(m.cast("B", (2, 3, 4)).tolist())
print(m.cast("B", (4, 3, 2)).tolist())
print(m.cast("h", (2, 2, 3)).tolist())
print(m.cast("B", (2, 1, 3, 4)).tolist()[1][0][2])
print(m.cast("d", (1, 3)).tolist()[0][:1] == [m.cast("d")[0]])
v = m.cast("B", (6, 4))[1::2]
print(v.shape, v.strides, v.tolist(), v.tobytes())
print(memoryview(bytes(6)).cast("c", (2, 3)).tolist())
