def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist())
d[0] = True
print(d[0])
t(lambda: d.__setitem__(0, 10**400))
t(lambda: d.__setitem__(0, "1.0"))
class F:
    def __float__(self):
        return 2.25
d[1] = F()
print(d[1])
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
f[1] = 1e300
print(f.tolist())
f[1] = -1e300
print(f[1])
f[0] = float("inf")
print(f[0])
