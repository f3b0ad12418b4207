def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"ab")
r = repr(m)
print(r.startswith("<memory at 0x"), r.endswith(">"), str(m) == r)
m.release()
r2 = repr(m)
print(r2.startswith("<released memory at 0x"), r2[len("<released memory at "):] == r[len("<memory at "):])
print(repr(memoryview(b"")).startswith("<memory at 0x"))
