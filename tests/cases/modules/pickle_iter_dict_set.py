# dict and set iterators pickle as iterators over what is left.
import pickle

d = {'a': 1, 'b': 2, 'c': 3}
for proto in range(6):
    for make in (lambda: iter(d), lambda: iter(d.values()), lambda: iter(d.items()),
                 lambda: reversed(d), lambda: reversed(d.items()), lambda: reversed(d.values())):
        it = make()
        first = next(it)
        clone = pickle.loads(pickle.dumps(it, proto))
        print(proto, first, type(clone).__name__, list(clone), list(it))
    s = {10, 20, 30}
    it = iter(s)
    first = next(it)
    clone = pickle.loads(pickle.dumps(it, proto))
    print(proto, sorted(list(clone) + [first]) == sorted(s), len(list(it)))
