import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations('ab', 0)), list(itertools.combinations('ab', 3)))
print(list(itertools.combinations([], 0)), list(itertools.combinations([], 1)))
print(len(list(itertools.combinations(range(10), 5))))
print(list(itertools.combinations(iterable='abc', r=2)))
t(itertools.combinations, 'a')
t(itertools.combinations, 'a', -1)
t(itertools.combinations, 'a', 'b')
t(itertools.combinations, 'a', None)
t(itertools.combinations, 'a', 1, 2)
t(itertools.combinations, 'a', r=1, iterable='b')
t(itertools.combinations, 1, 1)
t(itertools.combinations, 'a', 2 ** 70)
