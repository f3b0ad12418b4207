from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in "BHILQ":
    for v in (2 ** 64, 2 ** 64 - 1, 2 ** 63, -2 ** 63 - 1, -1, 2 ** 32, 2 ** 31, 65536, 256, 255, 0):
        t(array, tc, [v])
a = array("H", [1])
def seta(v):
    a[0] = v
t(seta, 65536)
t(seta, -1)
t(seta, 2 ** 31)
t(seta, 1.0)
print(a, array("B", [0, 255]), array("I", [2 ** 32 - 1]), array("L", [2 ** 64 - 1]))
