def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(8)
m = memoryview(buf)
for f in "bBhHiIlLqQnNfd?cP":
    v = m.cast(f)
    for val in ["x", 1.5, None, b"a", 2]:
        try:
            v[0] = val
            print(f, repr(val), "->", repr(v[0]))
        except Exception as e:
            print(f, repr(val), type(e).__name__, e)
