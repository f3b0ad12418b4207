from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque(range(7))
for n in (1, -1, 3, -3, 7, -7, 10, -10, 0, 100):
    e = deque(d)
    e.rotate(n)
    print(n, list(e))
e = deque(d)
e.rotate()
print(e)
e = deque()
e.rotate(5)
print(e)
e = deque([1])
e.rotate(-3)
print(e)
class I:
    def __index__(self):
        return 2
e = deque("abcd")
e.rotate(I())
print(e)
t(e.rotate, "x")
t(e.rotate, 1.0)
t(e.rotate, 2 ** 70)
t(e.rotate, 1, 2)
t(lambda: e.rotate(n=1))
big = deque(range(1000))
big.rotate(999)
print(big[0], big[-1], big[500])
big.rotate(-1998)
print(big[0], big[-1])
