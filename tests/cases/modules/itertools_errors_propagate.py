import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def bad(n):
    for i in range(n):
        yield i
    raise RuntimeError(f'bad after {n}')

for name, make in [
    ('accumulate', lambda: itertools.accumulate(bad(1))),
    ('chain', lambda: itertools.chain(bad(1), [9])),
    ('compress', lambda: itertools.compress(bad(1), itertools.repeat(1))),
    ('dropwhile', lambda: itertools.dropwhile(lambda x: False, bad(1))),
    ('takewhile', lambda: itertools.takewhile(lambda x: True, bad(1))),
    ('filterfalse', lambda: itertools.filterfalse(None, bad(1))),
    ('groupby', lambda: itertools.groupby(bad(1))),
    ('islice', lambda: itertools.islice(bad(1), 5)),
    ('starmap', lambda: itertools.starmap(lambda x: x, ((i,) for i in bad(1)))),
    ('zip_longest', lambda: itertools.zip_longest(bad(1), 'abc')),
    ('pairwise', lambda: itertools.pairwise(bad(2))),
    ('tee', lambda: itertools.tee(bad(1))[0]),
]:
    it = make()
    out = []
    try:
        for x in it:
            out.append(x)
    except RuntimeError as e:
        print(name, len(out), 'RuntimeError', e)
    try:
        print(name, 'after:', list(it))
    except RuntimeError as e:
        print(name, 'again RuntimeError', e)
c = itertools.cycle(bad(1))
print(next(c))
t(next, c)
print(list(itertools.islice(c, 3)))
t(itertools.product, bad(2))
t(itertools.combinations, bad(1), 1)
t(lambda: type(itertools.chain.from_iterable(bad(0))).__name__)
g = itertools.groupby([1, 2], key=lambda x: {}[x])
t(next, g)
