# Copying an iterator (through its __reduce__) gives an independent one at the same position.
import copy

for make in (lambda: iter([1, 2, 3, 4]), lambda: iter((1, 2, 3, 4)), lambda: iter('abcd'),
             lambda: iter(range(4)), lambda: reversed([1, 2, 3, 4]), lambda: iter(b'abcd'),
             lambda: enumerate('abcd'), lambda: iter({'a': 1, 'b': 2, 'c': 3, 'd': 4}),
             lambda: reversed('abcd')):
    it = make()
    next(it)
    c = copy.copy(it)
    print(type(it).__name__, list(c), list(it))
data = [1, 2, 3]
it = iter(data)
next(it)
c = copy.copy(it)
data.append(4)
print(list(c), list(it))
it = iter([[1], [2], [3]])
next(it)
d = copy.deepcopy(it)
first = next(d)
print(first, first is not [2], list(it))
m = map(str, [1, 2, 3])
mc = copy.copy(m)
print(next(mc), next(m), list(m), list(mc))
z = zip([1, 2], 'ab')
zd = copy.deepcopy(z)
print(list(zd), list(z))
