print(sorted([3, 1, 2]), sorted('hello'), sorted({'b': 1, 'a': 2}), sorted([3, 1], reverse=True), sorted(x % 3 for x in range(7)))
print(sorted([[], [1], [0, 0]], key=len), sorted(['b', 'A', 'c'], key=str.casefold))
data = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reverse=1, foo=2)
except TypeError as e:
    print(type(e).__name__, e)
