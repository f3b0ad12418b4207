import _bisect

data = [('red', 5), ('blue', 1), ('yellow', 8), ('black', 0)]
data.sort(key=lambda r: r[1])
keys = lambda r: r[1]
print(_bisect.bisect_left(data, 1, key=keys), _bisect.bisect_right(data, 1, key=keys))
print(_bisect.bisect_left(data, 6, key=keys), _bisect.bisect_right(data, 9, key=keys))
_bisect.insort_left(data, ('green', 5), key=keys)
_bisect.insort_right(data, ('cyan', 5), key=keys)
print(data)
calls = []
def k(x):
    calls.append(x)
    return x
print(_bisect.bisect_left(list(range(10)), 6, key=k), calls)
calls.clear()
l = [1, 3, 5]
_bisect.insort_right(l, 4, key=k)
print(l, calls)
print(_bisect.bisect_left([1, 2, 3], 2, key=None), _bisect.bisect_right([3, 2, 1], -2, key=lambda v: -v))
try:
    _bisect.bisect_left([1, 2], 1, key=5)
except TypeError as e:
    print('TypeError', e)
try:
    _bisect.bisect_left([1, 2], 1, 0, 2, len)
except TypeError as e:
    print('TypeError', e)
