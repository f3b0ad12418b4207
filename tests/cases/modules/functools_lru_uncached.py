import _functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def info(*a):
    return a
calls = []
def f(x):
    calls.append(x)
    return x
c = _functools._lru_cache_wrapper(f, 0, False, info)
print(c(1), c(1), c([1]), c.cache_info(), calls)
c.cache_clear()
print(c.cache_info())
W = _functools._lru_cache_wrapper
t(W, f, 'x', False, info)
t(W, f, 1.5, False, info)
t(W, 1, 1, False, info)
t(W, f, 1)
t(W)
t(W, f, 1, False, info, 5)
t(W, f, 1, False, info, foo=5)
t(W, f, 2 ** 70, False, info)
t(lambda: type('X', (W,), {}))
class Idx:
    def __index__(self):
        return 3
c = W(f, Idx(), False, info)
print(c.cache_info())
print(W, W.__module__, W.__name__, type(c))
