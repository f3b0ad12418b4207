import _bisect

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for f in (_bisect.bisect_left, _bisect.bisect_right, _bisect.insort_left, _bisect.insort_right):
    t(f, [1, 2], 1, -1)
t(_bisect.bisect_right)
t(_bisect.bisect_right, [1])
t(_bisect.bisect_right, [1], 1, 0, 'a')
t(_bisect.bisect_right, [1], 1, lo='a')
t(_bisect.bisect_right, [1], 1, lo=None)
t(_bisect.bisect_right, [1], 1, foo=2)
t(_bisect.bisect_right, [1], 1, 0, 1, None)
t(_bisect.bisect_left, [1], 1, 0, 1, key=None, a=2)
t(_bisect.bisect_right, 1, 2)
t(_bisect.bisect_left, {1: 2}, 2)
t(_bisect.bisect_left, [1, 'a'], 2)
t(_bisect.bisect_right, [1, 2], 2, 0, 2 ** 70)
t(_bisect.bisect_right, [1, 2], 2, 2 ** 70)
t(_bisect.insort_right, (1,), 2)
t(_bisect.insort_left, 'ab', 'c')
t(_bisect.bisect_left, set([1]), 1)
