d = dict.fromkeys(['a', 'b'], [])
d['a'].append(1)
print(d)
d = {'x': 1}
print(d.setdefault('y'), d, d.setdefault('x', 99))
print(d.get('x', 5), d.get('nope'), d.pop('y', 'gone'), d.pop('y', 'gone'))
d.update([('k', 'v')], extra=1)
d.update({'x': 'new'})
print(d, len(d), list(d.items())[-1])
d.clear()
print(d, bool(d))
items = {'b': 2, 'a': 1}
print(sorted(items), sorted(items.values()), min(items), max(items, key=items.get))
print(dict(zip(range(3), 'abc')), dict([['k', 'v']]), dict((('a', 1),)), dict(dict(x=1)))
print({}.fromkeys('ab', 0), type({}.fromkeys('a')).__name__)
class D(dict): pass
print(type(D.fromkeys('a')).__name__)
