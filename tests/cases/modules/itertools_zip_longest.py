import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', 'wxyz', [1])))
print(list(itertools.zip_longest()), list(itertools.zip_longest('ab')))
print(list(itertools.zip_longest([], [], fillvalue=0)))
log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
print(list(itertools.zip_longest(gen('a', 1), gen('b', 2))), log)
z = itertools.zip_longest('ab', 'c', fillvalue=0)
next(z)
r = z.__reduce__()
print(r[0], [type(x).__name__ for x in r[1]], r[2])
next(z)
r = z.__reduce__()
print([type(x).__name__ for x in r[1]], r[2])
z.__setstate__('?')
print(list(z))
z = itertools.zip_longest('abc', 'd')
next(z)
z.__setstate__('!')
print(list(z))
def bad():
    yield 1
    raise KeyError('k')
z = itertools.zip_longest(bad(), 'abc')
print(next(z))
t(next, z)
t(next, z)
t(itertools.zip_longest, 'a', foo=1)
t(itertools.zip_longest, 'a', fillvalue=1, foo=2)
t(itertools.zip_longest, 1)
