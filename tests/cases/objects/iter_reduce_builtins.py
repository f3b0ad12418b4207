# enumerate, zip, map, filter, reversed, callable_iterator and the __getitem__ iterator.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i

    def __len__(self):
        return 3


def names(r):
    return [type(x).__name__ if not isinstance(x, (int, str, tuple, bool, type(None))) else x
            for x in r[1]]


e = enumerate('ab', 5)
print(e.__reduce__()[0], names(e.__reduce__()))
next(e)
print(e.__reduce__()[1][1], enumerate('a', 2**80).__reduce__()[1][1])
z = zip('ab', [1])
print(z.__reduce__()[0], names(z.__reduce__()), len(z.__reduce__()))
zs = zip('a', 'b', strict=True)
print(zs.__reduce__()[2:], zip().__reduce__())
z.__setstate__(True)
print(z.__reduce__()[2:])
z.__setstate__(0)
print(len(z.__reduce__()))
m = map(abs, [1], [2])
print(m.__reduce__()[0], names(m.__reduce__()), m.__reduce__()[1][0])
f = filter(None, [0])
print(f.__reduce__()[0], f.__reduce__()[1][0], names(f.__reduce__()))
r = reversed('abc')
print(r.__reduce__())
next(r)
print(r.__reduce__())
list(r)
print(r.__reduce__())
r = reversed(Seq())
r.__setstate__(10)
print(list(r))
r = reversed(Seq())
r.__setstate__(-3)
print(list(r))
s = iter(Seq())
print(type(s).__name__, s.__reduce__()[0], s.__reduce__()[2])
s.__setstate__(-4)
print(list(s), s.__reduce__())
s = iter(Seq())
s.__setstate__(2)
print(list(s))
calls = iter([1, 2, 3])
c = iter(calls.__next__, 2)
print(type(c).__name__, c.__reduce__()[0], c.__reduce__()[1][1])
print(list(c), c.__reduce__())


class E(enumerate):
    pass


print(E('x').__reduce__()[0].__name__, type(E('x')).__name__)
