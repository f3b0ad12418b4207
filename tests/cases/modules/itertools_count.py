import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

c = itertools.count()
print(next(c), next(c), next(c), c)
print([next(itertools.count(10, 5)) for _ in range(2)])
c = itertools.count(1.5, 0.25)
print([next(c) for _ in range(4)], c)
c = itertools.count(1j, 1 + 1j)
print([next(c) for _ in range(3)], c)
c = itertools.count(start=-3, step=-2)
print([next(c) for _ in range(3)], c)
print(itertools.count(2 ** 70), itertools.count(1, 1.0), itertools.count(1, True))
print(itertools.count(True), next(itertools.count(True)), next(itertools.count(True, 2)))
print(itertools.count(0.5), itertools.count(0, 0))
print(itertools.count(5).__reduce__())
print(itertools.count(5, 2).__reduce__())
print(itertools.count(1.0).__reduce__())
c = itertools.count(3)
next(c)
print(c.__reduce__())
t(itertools.count, 'a')
t(itertools.count, 1, 'a')
t(itertools.count, 1, 2, 3)
t(itertools.count, foo=1)
t(itertools.count, start=None)
class C(itertools.count):
    pass
print(C(3), C(3, 4), C(1.5), type(C(1)).__mro__[1])
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return f"Num({self.v})"
c = itertools.count(Num(1), Num(2))
print(next(c), next(c), c)
it = iter(itertools.count(7))
print(it is iter(it), next(it))
