import _functools

def info(*a):
    return a

calls = []
def f(*args, **kw):
    calls.append((args, kw))
    return len(calls)
c = _functools._lru_cache_wrapper(f, None, False, info)
print(c(1), c(1), c(1.0), c(True), c('a'), c('a'), c.cache_info())
print(c(1, 2), c(1, 2), c(a=1), c(a=1), c(a=1, b=2), c(b=2, a=1), c.cache_info())
for i in range(100):
    c(i)
print(c.cache_info())
c.cache_clear()
print(c.cache_info())
ct = _functools._lru_cache_wrapper(f, None, True, info)
calls.clear()
print(ct(1), ct(1.0), ct(True), ct(1), ct(x=1), ct(x=1.0), ct.cache_info())
t2 = _functools._lru_cache_wrapper(f, 10, True, info)
print(t2(3), t2(3.0), t2(3), t2.cache_info())
try:
    c([1])
except TypeError as e:
    print('TypeError', e)
print(c.cache_info())
def boom(x):
    raise ValueError(x)
cb = _functools._lru_cache_wrapper(boom, None, False, info)
for _ in range(2):
    try:
        cb(1)
    except ValueError as e:
        print('ValueError', e)
print(cb.cache_info())
