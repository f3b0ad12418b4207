import _bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x))
print(_bisect.bisect_left([], 1), _bisect.bisect_right([], 1))
print(_bisect.bisect_left('acegi', 'd'), _bisect.bisect_right(('a', 'b'), 'b'))
print(_bisect.bisect_left(range(0, 100, 5), 42), _bisect.bisect_right(range(0, 100, 5), 45))
nan = float('nan')
print(_bisect.bisect_left([1, 2, 3], nan), _bisect.bisect_right([1, 2, 3], nan))
print(_bisect.bisect_left(a=[1, 3], x=2), _bisect.bisect_right(x=3, a=[1, 3]))
print(sorted(n for n in dir(_bisect) if not n.startswith('__')), _bisect.bisect_left)
grades = 'FDCBA'
breaks = [60, 70, 80, 90]
print([grades[_bisect.bisect_right(breaks, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
