from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, [2]], maxlen=4)
c = d.copy()
print(c, c == d, c is d, c.maxlen, c[1] is d[1])
c2 = d.__copy__()
print(c2, c2.maxlen, type(c2).__name__)
class Sub(deque):
    pass
s = Sub([1, 2], 5)
sc = s.copy()
print(type(sc).__name__, sc, sc.maxlen)
s2 = Sub([3])
print(type(s2.copy()).__name__, s2.copy().maxlen)
r = deque([1, 2]).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = deque([1], 7).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
s.x = 5
r = s.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
r = deque([5]).__reduce_ex__(2)
print(r[0], r[1], r[2], list(r[3]))
t(d.copy, 1)
t(d.__copy__, 1)
class Init(deque):
    def __init__(self, it, maxlen=None, extra="e"):
        super().__init__(it, maxlen)
        self.extra = extra
i = Init([1, 2], 3, "X")
ic = i.copy()
print(type(ic).__name__, ic, ic.maxlen, ic.extra)
print(type(i + deque([9])).__name__, i + deque([9]))
print(type(i * 2).__name__, i * 2)
