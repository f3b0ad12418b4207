# dict and set iterators reduce to iter(list of the remaining items).
d = {'a': 1, 'b': 2, 'c': 3}
for name, make in (('keys', lambda: iter(d)), ('values', lambda: iter(d.values())),
                   ('items', lambda: iter(d.items())), ('rkeys', lambda: reversed(d)),
                   ('rvalues', lambda: reversed(d.values())), ('ritems', lambda: reversed(d.items()))):
    it = make()
    r0 = it.__reduce__()
    next(it)
    r1 = it.__reduce__()
    list(it)
    r2 = it.__reduce__()
    print(name, type(it).__name__, r0[0] is iter, r0[1:], r1[1:], r2[1:])
s = {1}
it = iter(s)
print(type(it).__name__, it.__reduce__()[1:])
next(it)
print(it.__reduce__()[1:])
it = iter({1: 2})
d2 = {1: 2}
it = iter(d2)
d2[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
s2 = {1, 2}
it = iter(s2)
s2.add(3)
try:
    it.__reduce__()
except RuntimeError as e:
    print('RuntimeError', e)
print(hasattr(iter({}), '__setstate__'), hasattr(iter(set()), '__setstate__'))
