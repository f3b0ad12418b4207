from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("i", range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[8:2:-2], a[-3:], a[5:2], a[100:], a[-100:2])
print(type(a[1:2]).__name__, a[:].typecode, a[:] == a, a[:] is a)
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a["x"])
t(lambda: a[1.0])
t(lambda: a[2 ** 70])
t(lambda: a[::0])
class I:
    def __index__(self):
        return 4
print(a[I()], a[I():], a[True])
u = array("u", "abcdef")
print(u[1:4], u[::-2], u[2])
d = array("d", [1.5, 2.5, 3.5])
print(d[1:], d[::-1][0])
class Sub(array):
    pass
s = Sub("b", [1, 2, 3])
print(type(s[1:]).__name__, s[1:])
