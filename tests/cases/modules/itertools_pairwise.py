import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise('A')), list(itertools.pairwise('')), list(itertools.pairwise(range(3))))
log = []
def gen():
    for i in range(4):
        log.append(i)
        yield i
p = itertools.pairwise(gen())
print(next(p), log)
print(next(p), log)
print(list(p), log)
t(next, p)
def bad():
    yield 1
    yield 2
    raise ValueError('x')
p = itertools.pairwise(bad())
print(next(p))
t(next, p)
t(next, p)
t(itertools.pairwise)
t(itertools.pairwise, 'a', 'b')
t(itertools.pairwise, iterable='a')
t(itertools.pairwise, 1)
print('__reduce__' in itertools.pairwise.__dict__)
class P(itertools.pairwise):
    pass
print(list(P('xyz')))
