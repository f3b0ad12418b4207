s = {1, 2, 3}
print(s.union(), s.intersection(), s.difference(), s.union([4], (5,), {6}) == {1, 2, 3, 4, 5, 6})
print(s.issubset([1, 2, 3, 4]), s.issuperset((1,)), s.isdisjoint('abc'), s <= s, s < s)
t = s.copy(); t.add(4); print(s, t)
s.update(); s.update([1], [9]); print(sorted(s))
s.intersection_update([1, 2, 9], [9, 1]); print(sorted(s))
s.difference_update([1], {2}); print(s)
s.symmetric_difference_update([9, 10]); print(s)
print({1, 2} == frozenset([1, 2]), {1} < frozenset([1, 2]), set() == frozenset())
try:
    {1} < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1}.discard(5), sorted({(1, 2), (0, 5)}), len({None} | {0}))
