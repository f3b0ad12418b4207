from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

f = array("f", [0.1, 1.5, -2.25, 1e10, 1e39, -1e39, 3, True])
print(f, f.tolist())
d = array("d", [0.1, 1e300, float("inf"), -0.0, 2 ** 60])
print(d, d[1], d[-1])
n = array("d", [float("nan")])
print(n, n == n, n[0] != n[0], n.count(n[0]))
t(array, "d", ["1.0"])
t(array, "f", [None])
t(array, "d", [b"1"])
t(array, "d", [2 ** 1024])
class F:
    def __float__(self):
        return 4.5
class I:
    def __index__(self):
        return 3
print(array("d", [F(), I()]), array("f", [F()]))
f[0] = 7
print(f[0], f.index(7.0), 1.5 in f, f.count(1.5))
print(array("f", [16777217]), array("d", [16777217]))
print(array("f", b"\x00\x00\x80\x3f"), array("d").tobytes())
