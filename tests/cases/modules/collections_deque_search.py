from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.count(1.0))
print(2 in d, 9 in d, 2.0 in d)
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -2), d.index(3, 0, 3))
t(d.index, 3, 3)
t(d.index, 9)
t(d.index, "x")
t(d.index)
t(d.index, 1, 2, 3, 4)
t(d.index, 1, "a")
t(d.index, 1, 0, None)
print(d.index(2, -100, 100), d.index(2, 2 ** 70 * -1, 2 ** 70))
d.remove(2)
print(d)
d.remove(2)
print(d)
t(d.remove, 9)
t(d.remove)
t(d.count)
nan = float("nan")
e = deque([nan])
print(nan in e, e.count(nan), e.index(nan))
e.remove(nan)
print(e)
class Eq:
    def __eq__(self, other):
        return True
print(deque([1, 2]).index(Eq()), Eq() in deque([5]))
