s = {1, 2, 3}
print(s.union('ab') == {1, 2, 3, 'a', 'b'}, sorted(s.intersection(range(2, 10))), sorted(s.difference([1, 1, 1])), sorted(s.symmetric_difference((3, 4))))
print(s.issubset(range(5)), s.issuperset([]), s.isdisjoint(iter([7, 8])), frozenset('aab') == {'a', 'b'})
for op in ['s | [4]', 's & (1,)', 's - range(2)', 's ^ {4}.__iter__()', 's <= [1, 2, 3]']:
    try:
        print(op, '->', eval(op))
    except TypeError as e:
        print(op, '->', type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[]])
except TypeError as e:
    print(type(e).__name__, e)
