import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

c = itertools.cycle('abc')
print([next(c) for _ in range(8)])
print(list(itertools.cycle([])))
log = []
def gen():
    for x in 'xy':
        log.append(x)
        yield x
c = itertools.cycle(gen())
print(next(c), log)
print(next(c), log)
print(next(c), next(c), next(c), log)
c = itertools.cycle([1, 2, 3])
next(c)
r = c.__reduce__()
print(r[0], type(r[1][0]).__name__, r[2])
c2 = itertools.cycle(iter([]))
c2.__setstate__(([7, 8], False))
print([next(c2) for _ in range(5)])
c3 = itertools.cycle([1, 2])
print(next(c3), next(c3), next(c3))
r = c3.__reduce__()
print(r[0], r[2])
c4 = r[0](*r[1])
c4.__setstate__(r[2])
print([next(c4) for _ in range(4)])
t(c3.__setstate__, [1])
t(c3.__setstate__, ([1],))
t(c3.__setstate__, ((1,), True))
t(itertools.cycle)
t(itertools.cycle, 1)
t(itertools.cycle, [1], [2])
t(itertools.cycle, iterable=[1])
