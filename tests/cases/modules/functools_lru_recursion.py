import _functools

def info(*a):
    return a
W = _functools._lru_cache_wrapper

def fib(n):
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)
for size in (None, 3, 0, 100):
    cfib = W(fib, size, False, info)
    print(size, cfib(25), cfib.cache_info())

# The function itself fills the cache for its own key before returning.
calls = []
def selfref(n):
    calls.append(n)
    if n > 0:
        c(n - 1)
        c(n - 1)
    return n
c = W(selfref, 2, False, info)
print(c(2), calls, c.cache_info())
calls.clear()
c = W(selfref, None, False, info)
print(c(3), calls, c.cache_info())

def clearing(n):
    d.cache_clear()
    return n
d = W(clearing, 1, False, info)
print(d(1), d(2), d(1), d.cache_info())
