from _collections import deque, _deque_iterator, _deque_reverse_iterator

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque("abcde")
it = iter(d)
print(type(it).__name__, it.__length_hint__())
print(next(it), next(it), it.__length_hint__())
r = it.__reduce__()
print(r[0].__name__, r[1])
print(list(it), it.__length_hint__())
t(next, it)
rv = reversed(d)
print(type(rv).__name__, rv.__length_hint__(), next(rv), rv.__length_hint__())
r = rv.__reduce__()
print(r[0].__name__, r[1], list(rv))
it2 = _deque_iterator(d, 2)
print(list(it2))
it3 = _deque_reverse_iterator(d, 1)
print(list(it3))
print(list(_deque_iterator(d)), list(_deque_iterator(d, 10)))
t(_deque_iterator, [1])
t(_deque_iterator)
t(_deque_iterator, d, "x")
print(iter(it) is it, type(it).__module__)
print(len(list(iter(deque(range(100))))), list(reversed(deque())))
e = deque([1, 2, 3])
i1, i2 = iter(e), iter(e)
print(next(i1), next(i1), next(i2))
