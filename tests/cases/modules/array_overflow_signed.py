from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in "bhilq":
    for v in (2 ** 64, 2 ** 63, -2 ** 63 - 1, 2 ** 31, -2 ** 31 - 1, 32768, -32769, 128, -129, 127, -128):
        t(array, tc, [v])
a = array("b", [0])
def setb(v):
    a[0] = v
t(setb, 300)
t(setb, -200)
t(a.append, 128)
t(a.insert, 0, -129)
t(a.extend, [1, 1000])
print(a)
t(setb, 1.5)
t(setb, "1")
t(setb, None)
print(array("b", [True, False]), array("h", [-32768, 32767]), array("i", [-2 ** 31, 2 ** 31 - 1]))
