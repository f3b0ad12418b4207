import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(itertools.filterfalse(bool, [0, 1, 2, 0])))
f = itertools.filterfalse(None, [0])
print(f.__reduce__()[0], f.__reduce__()[1][0])
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: a, [[1, 2], 'ab', iter([3]), ()])))
class Tup(tuple):
    pass
print(list(itertools.starmap(max, [Tup((1, 9))])))
s = itertools.starmap(pow, [(2, 2)])
print(s.__reduce__()[0], s.__reduce__()[1][0])
t(list, itertools.starmap(pow, [1]))
t(list, itertools.starmap(pow, [(1,)]))
t(itertools.starmap, pow)
t(itertools.starmap, pow, [], 1)
t(itertools.filterfalse, None)
t(itertools.filterfalse, None, 1)
t(itertools.starmap, func=pow, iterable=[])
