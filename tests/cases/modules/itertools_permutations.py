import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.permutations('ABC')))
print(list(itertools.permutations('ABCD', 2)))
print(list(itertools.permutations(range(3), 0)), list(itertools.permutations('ab', 3)))
print(list(itertools.permutations([])), list(itertools.permutations([], 0)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.permutations(range(6), 4))))
print(list(itertools.permutations([1, 1, 2], 2)))
print(list(itertools.permutations(iterable='ab', r=None)))
t(itertools.permutations, 'a', -1)
t(itertools.permutations, 'a', 'x')
t(itertools.permutations, 'a', 1.0)
t(itertools.permutations)
t(itertools.permutations, 'a', 1, 2)
t(itertools.permutations, 3)
class P(itertools.permutations):
    pass
print(list(P('xy')))
