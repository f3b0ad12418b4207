d = {}
for i in range(5):
    d[i] = i * i
print(d.popitem(), d.popitem(), d)
k = d.keys(); v = d.values(); it = d.items()
d[10] = 100
del d[0]
print(list(k), list(v), list(it))
print(len(k), 10 in k, 100 in v, (10, 100) in it, (10, 99) in it)
print(sorted(k - {1}), k | {'z'} == {1, 2, 10, 'z'}, k & [1, 2], sorted(it ^ {(1, 1)}))
print(list(reversed(k)), repr(k))
d2 = {'only': 1}
print(d2.keys() == {'only'}, d2.items() == {('only', 1)}, d2.values() == d2.values())
