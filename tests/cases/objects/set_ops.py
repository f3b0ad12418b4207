a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < b, b >= {3, 4}, a > a, a == {4, 3, 2, 1})
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference(b, [1]), sorted(a.symmetric_difference([1, 99])))
print(a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}), len(a), 2 in a)
c = set(a); c.add(0); c.discard(99); c.remove(1); print(c)
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
c.update([7], {8}); c.intersection_update(range(8)); print(c)
c.difference_update({0}); c.symmetric_difference_update({2, 100}); print(sorted(c))
x = {5}; x |= {6}; x &= {6, 7}; x -= {0}; x ^= {1}; print(x)
print(sorted(c), c.pop() in range(101), set(), set('aab') == {'a', 'b'}, {1, 1.0, True})
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
e = {1}; e.clear(); print(e, {1, 2}.copy())
