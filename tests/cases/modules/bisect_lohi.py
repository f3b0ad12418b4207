import _bisect

a = [1, 2, 3, 4, 5, 6]
print(_bisect.bisect_left(a, 4, 0, 2), _bisect.bisect_right(a, 0, 3), _bisect.bisect_left(a, 9, hi=3))
print(_bisect.bisect_right(a, 3, lo=4), _bisect.bisect_left(a, 3, 10), _bisect.bisect_right(a, 3, 2, 100 if False else 6))
print(_bisect.bisect_right(a, 3, 0, -1), _bisect.bisect_right(a, 3, 0, -5), _bisect.bisect_left(a, 3, 0, None))
print(_bisect.bisect_left(a, 4, True), _bisect.bisect_left(a, 4, 0, True))
class I:
    def __index__(self):
        return 3
print(_bisect.bisect_left(a, 1, I()), _bisect.bisect_right(a, 9, hi=I()))
l = [1, 5]
_bisect.insort_left(l, 0, 1)
_bisect.insort_right(l, 9, 0, 1)
print(l)
try:
    print(_bisect.bisect_left(a, 3, 0, 20))
except IndexError as e:
    print('IndexError', e)
try:
    _bisect.insort_left(l, 3, 0, 99)
except IndexError as e:
    print('IndexError', e)
print(l)
