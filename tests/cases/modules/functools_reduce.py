import _functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

reduce = _functools.reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 7), 1))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, ['x']))
print(reduce(lambda a, b: [b] + a, 'abc', []))
calls = []
def f(a, b):
    calls.append((a, b))
    return a + b
print(reduce(f, iter([1, 2, 3]), 10), calls)
print(reduce(max, (x for x in [3, 9, 2])))
t(reduce, f, [])
t(reduce, f, iter([]))
t(reduce, f, 5)
t(reduce, f)
t(reduce, f, [], 1, 2)
t(reduce, f, [1], initial=2)
t(reduce, 5, [1, 2])
t(reduce, lambda a, b: a / b, [1, 0])
def bad():
    yield 1
    raise KeyError('k')
t(reduce, f, bad())
print(reduce, reduce.__module__, reduce.__name__)
