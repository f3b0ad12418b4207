# Sequence iterators pickled mid-way resume at the same position, in every protocol.
import pickle


def resume(it, advance, proto):
    for _ in range(advance):
        next(it)
    clone = pickle.loads(pickle.dumps(it, proto))
    return type(clone).__name__, list(clone), list(it)


for proto in range(6):
    print(proto, resume(iter([1, 2, 3, 4]), 1, proto))
    print(proto, resume(reversed([1, 2, 3, 4]), 2, proto))
    print(proto, resume(iter((5, 6, 7)), 2, proto))
    print(proto, resume(iter('h\xe9llo'), 1, proto))
    print(proto, resume(iter('a\U0001f600bc'), 2, proto))
    print(proto, resume(iter(b'bytes'), 3, proto))
    print(proto, resume(iter(bytearray(b'xyz')), 1, proto))
    print(proto, resume(reversed('abc'), 1, proto))
it = iter([1, 2])
list(it)
print(resume(it, 0, 2))
it = reversed([1, 2])
list(it)
print(resume(it, 0, 2))
