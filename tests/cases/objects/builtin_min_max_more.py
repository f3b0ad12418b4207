print(max([1, 5, 3], key=lambda x: -x), min('apple', 'fig', 'banana', key=len), max(range(10), key=lambda x: x % 4))
print(max([], key=len, default='d'), min(iter([]), default=0), max([2], default=9), max((1, 2), (1, 3)))
print(max('a', 'B'), min([True, 2, -1.5]), max([[1, 2], [1, 2, 0], [0, 9]]))
print(max(1, 2, key=lambda x: 0), min(3, 1, key=lambda x: 0), max(x for x in [4, 8, 2]))
try:
    max(key=len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([], default=1, key=None, extra=2)
except TypeError as e:
    print(type(e).__name__, e)
