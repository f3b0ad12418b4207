e = enumerate('abc', start=5)
print(list(e), list(e))
print(list(enumerate(range(3), -2)), list(enumerate({'k': 1})), dict(enumerate('xy')))
try:
    enumerate('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), ''.join(reversed('hello')))
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed('a')).__name__)
