from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(deque(), deque([]), deque(()), deque(range(3)), deque("ab"), deque({1: 2, 3: 4}))
print(deque(iterable=[1, 2]), deque(maxlen=2), deque([1, 2, 3], maxlen=2), deque(maxlen=2, iterable="abc"))
print(deque(x * 2 for x in range(3)))
t(deque, 1)
t(deque, [1], 2, 3)
t(deque, [1], 2, maxlen=3)
t(deque, foo=1)
t(deque, None)
d = deque([1, 2, 3])
d.__init__([9])
print(d, d.maxlen)
d.__init__("xy", 1)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
print(deque.__new__(deque, 1, 2, 3))
print(deque(deque([1, 2], 5)), deque(deque([1, 2], 5)).maxlen)
