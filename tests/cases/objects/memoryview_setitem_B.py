def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abcd")
m = memoryview(b)
m[0] = 65
m[-1] = 0
m[1] = True
print(b)
for v in [-1, 256, 2**64, "a", 1.0, None, b"x", [1]]:
    t(lambda: m.__setitem__(0, v))
class I:
    def __index__(self):
        return 90
m[2] = I()
print(b)
t(lambda: m.__setitem__(4, 1))
t(lambda: m.__setitem__(-5, 1))
t(lambda: m.__setitem__("x", 1))
