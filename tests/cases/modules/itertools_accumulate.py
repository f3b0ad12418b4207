import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=100)), list(itertools.accumulate([])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate('abc')))
print(list(itertools.accumulate([2, 3, 4], lambda a, b: a * b, initial=1)))
print(list(itertools.accumulate(iterable=[1, 2], func=None, initial=None)))
calls = []
def f(a, b):
    calls.append((a, b))
    return a - b
print(list(itertools.accumulate([10, 1, 2], f)), calls)
a = itertools.accumulate([1, 2, 3, 4])
next(a)
r = a.__reduce__()
print(r[0].__name__, r[1][1], r[2])
a = itertools.accumulate([1, 2], initial=5)
r = a.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][1], r[2])
b = r[0](*r[1])
print(list(b))
a = itertools.accumulate([None, None, 1], lambda x, y: y)
print(next(a), a.__reduce__()[0].__name__, type(a.__reduce__()[1][0]).__name__)
a = itertools.accumulate([1, 2, 3])
a.__setstate__(100)
print(list(a))
t(itertools.accumulate)
t(itertools.accumulate, [1], None, 3)
t(itertools.accumulate, [1], foo=1)
t(itertools.accumulate, 1)
t(list, itertools.accumulate([1, 'a']))
