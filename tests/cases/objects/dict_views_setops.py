d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); it = d.items()
d['d'] = 4
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('b', 9)}), k == {'a', 'b', 'c', 'd'}, k.isdisjoint(['x']))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.keys() == d.keys(), list(k.mapping.items()) if hasattr(k, 'mapping') else None)
e = {}
print(e.keys(), e.items(), list(e.values()))
