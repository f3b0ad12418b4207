import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product('ab', [1], repeat=2)))
print(list(itertools.product()), list(itertools.product(repeat=3)), list(itertools.product('ab', repeat=0)))
print(list(itertools.product('ab', '')), list(itertools.product('', 'ab')))
print(len(list(itertools.product(range(3), range(4), range(5)))))
# Inputs are read eagerly.
log = []
def gen(name):
    for x in 'pq':
        log.append(name)
        yield x
p = itertools.product(gen('a'), gen('b'))
print(log)
print(next(p), next(p))
t(itertools.product, 'a', repeat=-1)
t(itertools.product, 'a', repeat='x')
t(itertools.product, 'a', foo=1)
t(itertools.product, 1)
t(itertools.product, [1], repeat=2 ** 70)
class P(itertools.product):
    pass
print(list(P('ab', repeat=2))[:2])
first = next(itertools.product('a', 'b'))
print(first, type(first))
