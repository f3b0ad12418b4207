import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
log = []
def gen():
    for i in range(4):
        log.append(i)
        yield i
a, b, c = itertools.tee(gen(), 3)
print(next(a), next(a), log)
print(next(b), log, next(c))
print(list(a), list(b), list(c), log)
print(itertools.tee([1], 0), len(itertools.tee([1], 1)), type(itertools.tee([1], 1)[0]).__name__)
a, b = itertools.tee('xyz')
c = a.__copy__()
print(next(a), next(a), next(c), list(b), list(c), list(a))
a, b = itertools.tee(range(3))
x, y = itertools.tee(a)
print(x is a, y is a, next(x), next(y), next(b))
class Copyable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
    def __copy__(self):
        print('copy called')
        return Copyable()
src = Copyable()
a, b = itertools.tee(src)
print(a is src, type(b).__name__, list(a), list(b))
tee = type(itertools.tee([])[0])
print(tee, tee.__module__, list(tee([5, 6])))
u = tee(a for a in 'pq')
v = tee(u)
print(next(u), next(v), next(u), next(v))
t(itertools.tee)
t(itertools.tee, [], -1)
t(itertools.tee, [], 'a')
t(itertools.tee, [], 2, 3)
t(itertools.tee, [], n=2)
t(itertools.tee, 5)
t(tee, 5)
t(tee)
t(lambda: type('T', (tee,), {}))
