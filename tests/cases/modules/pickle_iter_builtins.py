# enumerate, zip, map, filter, reversed and iter(callable, sentinel) pickle their state.
import pickle


class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 5


counter = iter(range(10)).__next__
for proto in range(6):
    e = enumerate('abcd', 10)
    next(e)
    print(proto, list(pickle.loads(pickle.dumps(e, proto))), list(e))
    z = zip('abc', [1, 2, 3])
    next(z)
    print(proto, list(pickle.loads(pickle.dumps(z, proto))))
    m = map(pow, [2, 3, 4], [2, 2, 2])
    next(m)
    print(proto, list(pickle.loads(pickle.dumps(m, proto))))
    f = filter(None, [0, 1, 0, 2, 3])
    next(f)
    print(proto, list(pickle.loads(pickle.dumps(f, proto))))
    f2 = filter(str.isupper, 'aBcD')
    print(proto, list(pickle.loads(pickle.dumps(f2, proto))))
    s = iter(Seq())
    next(s)
    print(proto, type(s).__name__, list(pickle.loads(pickle.dumps(s, proto))))
    r = reversed(Seq())
    next(r)
    print(proto, list(pickle.loads(pickle.dumps(r, proto))))
zs = zip('ab', 'abc', strict=True)
zs2 = pickle.loads(pickle.dumps(zs))
try:
    list(zs2)
except ValueError as e:
    print('ValueError', e)
c = iter([1, 2, 3, 0, 5]).__next__
ci = iter(c, 0)
print(type(ci).__name__, ci.__reduce__()[0], len(ci.__reduce__()[1]))
print(list(ci), ci.__reduce__())
