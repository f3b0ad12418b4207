d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 99), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
del d['b']; d['b'] = 0
print(d, 'a' in d, 'q' not in d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3))
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 1, False: 2})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
