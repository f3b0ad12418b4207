class L:
    def __len__(self): return 7
for v in ['', 'abc', b'ab', bytearray(3), [1], (1, 2), {1: 2}, {1, 2, 3}, frozenset(), range(10), range(0, 10, 3), {}.keys(), {1: 2}.items(), L(), '😀é']:
    print(type(v).__name__, len(v))
for v in [5, 1.5, None, iter([]), (x for x in []), len]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
