# range and longrange iterators resume after unpickling.
import pickle

for proto in range(6):
    for r in (range(10), range(1, 20, 3), range(10, 0, -2), range(0), range(2**64, 2**64 + 6, 2),
              range(-2**70, -2**70 - 9, -3)):
        it = iter(r)
        next(it, None)
        clone = pickle.loads(pickle.dumps(it, proto))
        print(proto, type(clone).__name__, list(clone), list(it))
it = iter(range(3))
list(it)
print(list(pickle.loads(pickle.dumps(it))))
