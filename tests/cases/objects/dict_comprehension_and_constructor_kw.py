print(dict(one=1, two=2), dict({'a': 1}, b=2), dict([('x', 1)], y=2), dict(zip('ab', 'cd')))
print({k: v for k, v in [('a', 1), ('a', 2)]}, {i % 3: i for i in range(10)}, dict.fromkeys(range(3), 'v'))
print({**{'a': 1}, **{'a': 2, 'b': 3}}, dict(**{'k': 'v'}), dict([]), dict(()), dict({}))
try:
    dict({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
