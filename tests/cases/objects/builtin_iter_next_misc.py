it = iter([1, 2])
print(iter(it) is it, next(it), it.__next__(), next(it, 'end'))
s = iter('ab')
print(list(s), list(s))
d = iter({'a': 1, 'b': 2})
print(type(d).__name__, next(d))
t = iter((1,))
print(type(t).__name__, t.__length_hint__() if hasattr(t, '__length_hint__') else '-')
r = iter(range(3))
print(next(r), list(r))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self): self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
