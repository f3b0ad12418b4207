d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(k == {'a', 'b', 'c'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= k, k > {'a'}, k >= {'a', 'b', 'c'})
print(sorted(k | ['x']), sorted(['x'] | k), sorted(k & ('a', 'z')), sorted(('a', 'z') & k), sorted(k - 'ab'), sorted('ab' ^ k))
i = d.items()
print(('a', 1) in i, ('a', 2) in i, ['a', 1] in i if False else 'skip', sorted(i - {('a', 1)}), i.isdisjoint([('q', 0)]))
v = d.values()
try:
    v | {1}
except TypeError as e:
    print(type(e).__name__, e)
print(len(v), 2 in v, sorted(v), list(v) == [1, 2, 3], v == v, d.values() == d.values())
try:
    {[]: 1}.keys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ('unhashable', []) in i
    print('contains with unhashable value ok')
except TypeError as e:
    print(type(e).__name__, e)
