import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.repeat('a', 3)), list(itertools.repeat(None, 0)))
r = itertools.repeat([1], -5)
print(r, list(r))
r = itertools.repeat('x')
print(r, next(r), next(r), r)
r = itertools.repeat(1, 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r, r.__reduce__())
t(itertools.repeat('a').__length_hint__)
print(itertools.repeat('a').__reduce__())
print(itertools.repeat(object='q', times=2))
print(list(map(pow, range(4), itertools.repeat(2))))
l = [0]
r = itertools.repeat(l, 2)
a, b = r
print(a is l, b is l)
t(itertools.repeat)
t(itertools.repeat, 1, 2, 3)
t(itertools.repeat, 1, 'a')
t(itertools.repeat, 1, None)
t(itertools.repeat, 1, 1.5)
t(itertools.repeat, 1, foo=3)
t(itertools.repeat, 1, 2 ** 70)
class R(itertools.repeat):
    pass
print(R(4, 2), list(R(4, 2)))
