import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.chain('ab', [1, 2], (), range(2))))
print(list(itertools.chain()), list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.chain.from_iterable(x * 'z' for x in range(4))))
log = []
def src():
    for s in ['ab', 'c']:
        log.append(s)
        yield s
c = itertools.chain.from_iterable(src())
print(next(c), log, next(c), next(c), log)
t(list, c)
c = itertools.chain([1], 5, [2])
print(next(c))
t(next, c)
t(next, c)
print(itertools.chain[int], itertools.chain[int, str].__origin__)
t(itertools.chain, a=1)
t(itertools.chain.from_iterable)
t(itertools.chain.from_iterable, 1, 2)
t(lambda: list(itertools.chain.from_iterable(5)))
c = itertools.chain('ab', 'cd')
print(c.__reduce__()[:2])
next(c)
r = c.__reduce__()
print(r[0], r[1], len(r[2]))
c2 = itertools.chain()
c2.__setstate__((iter(['xy', 'z']),))
print(list(c2), c2.__reduce__())
c3 = itertools.chain()
c3.__setstate__((iter(['12']), iter('ab')))
print(list(c3))
t(c3.__setstate__, 1)
t(c3.__setstate__, ([1],))
t(c3.__setstate__, (iter([]), [1]))
t(c3.__setstate__, ())
class C(itertools.chain):
    pass
print(list(C('ab', 'c')), type(C.from_iterable(['x'])).__name__, list(C.from_iterable(['x', 'y'])))
