a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
a |= b; print(a)
a |= [('w', 0)]; print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, 'x': 'new'}, dict(a, **{'k': 1}))
c = a.copy(); c['x'] = 'changed'; print(a['x'], c['x'])
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
