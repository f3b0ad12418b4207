from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque("abcdef")
print(d[0], d[5], d[-1], d[-6])
t(lambda: d[6])
t(lambda: d[-7])
t(lambda: d["x"])
t(lambda: d[1:2])
t(lambda: d[2 ** 70])
t(lambda: d[1.0])
class I:
    def __index__(self):
        return 1
print(d[I()], d[True])
d[0] = "A"
d[-1] = "F"
print(d)
def setbad():
    d[10] = 1
t(setbad)
del d[1]
print(d)
del d[-1]
print(d)
del d[0]
print(d)
def delbad():
    del d[10]
t(delbad)
e = deque(range(20))
for i in (10, 2, 15, 0, -1):
    del e[i]
print(e)
e[3] = "x"
print(e, e.index("x"))
t(lambda: deque()[0])
