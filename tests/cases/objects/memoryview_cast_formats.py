def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(1, 17))
m = memoryview(data)
for f in "bBchHiIlLqQnNfd?P":
    v = m.cast(f)
    print(f, v.format, v.itemsize, v.shape, v.strides, v.nbytes, v.tolist()[:4])
v = m.cast("@i")
print(v.format, v.itemsize, v.tolist())
back = v.cast("B")
print(back.format, back.shape, back.tobytes() == data)
print(v.cast("@c").format, v.cast("b").tolist()[:3])
neg = memoryview(b"\xff\xff\xff\xff\xff\xff\xff\xff")
print(neg.cast("q")[0], neg.cast("Q")[0], neg.cast("l")[0], neg.cast("L")[0])
print(neg.cast("i").tolist(), neg.cast("h").tolist(), neg.cast("b").tolist()[:2])
print(neg.cast("d").tolist(), neg.cast("f").tolist())
print(memoryview(b"\x00\x01\x02").cast("?").tolist())
