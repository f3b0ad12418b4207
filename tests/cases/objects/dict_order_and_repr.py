d = {}
for i in [5, 3, 9, 1]:
    d[i] = str(i)
print(d)
del d[3]; d[3] = 'again'; print(d, list(d))
d2 = dict(zip('hello', range(5))); print(d2)
print({(1, 2): [1], None: None, 1.5: 'f', 'q': {'n': ()}})
print({'a': "it's", 'b': 'x"y'})
print(dict(sorted({'b': 1, 'a': 2}.items())), {k: v for k, v in [(1, 2), (1, 3)]})
