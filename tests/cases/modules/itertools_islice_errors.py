import itertools
import sys

def t(*a, **k):
    try:
        print(list(itertools.islice(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t([1])
t([1], 1, 2, 3, 4)
t([1], stop=1)
t([1], 'a')
t([1], -1)
t([1], -2)
t([1], 1.5)
t([1], 'a', 2)
t([1], -1, 2)
t([1], 0, -1)
t([1], 0, -3)
t([1], 0, 2, 0)
t([1], 0, 2, -1)
t([1], 0, 2, 'a')
t([1], 2 ** 70)
t([1], 2 ** 70, 3)
t(1, 2)
t([1, 2, 3], sys.maxsize)
t([1, 2, 3], 1, sys.maxsize, sys.maxsize)
t([1], None, None, 1)
