f = frozenset([3, 1, 2])
print(f, frozenset(), f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1}, f - {1})
print(hash(f) == hash(frozenset([1, 2, 3])), f == {1, 2, 3}, {f: 'v'}[frozenset({1, 2, 3})], {f, frozenset([1, 2, 3])})
print(f.union([4]), f.copy() is f, frozenset(f) is f, f.issubset({1, 2, 3, 4}), 1 in f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset([1]), frozenset([2])}
print(frozenset([1]) in s, len(s), repr(set()), repr({1, 2, 3}))
