s = slice(None)
print(s, s.start, s.stop, s.step, repr(slice(1, 2)), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print('abcdefg'[slice(2, None, 2)], [1, 2, 3][slice(-1)], slice(2, 8, 3).indices(100), slice(None, None, -2).indices(7))
try:
    hash(slice(1))
    print('slice hashable')
except TypeError as e:
    print(type(e).__name__, e)
l = list(range(10))
sl = slice(2, 7, 2)
l[sl] = ['a', 'b', 'c']
print(l)
del l[sl]
print(l)
print(slice(1, 'a', []).stop, slice(1, 2, 3).__reduce__()[1])
