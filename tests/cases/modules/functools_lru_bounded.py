import _functools

class CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.t = (hits, misses, maxsize, currsize)
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self.t

calls = []
def f(x, y=0):
    calls.append((x, y))
    return x * 10 + y
c = _functools._lru_cache_wrapper(f, 2, False, CacheInfo)
print(c(1), c(1), c(2), c.cache_info(), calls)
print(c(3), c.cache_info(), calls)
print(c(1), calls)
print(c(3), c(1), calls, c.cache_info())
calls.clear()
c(2)
c(3)
c(1)
print(calls, c.cache_info())
c.cache_clear()
print(c.cache_info())
print(c(1, 2), c(1, y=2), c(x=1, y=2), c(y=2, x=1), c.cache_info())
c1 = _functools._lru_cache_wrapper(f, 1, False, CacheInfo)
print(c1(1), c1(2), c1(1), c1.cache_info())
cn = _functools._lru_cache_wrapper(f, -5, False, CacheInfo)
print(cn(1), cn(1), cn.cache_info())
cb = _functools._lru_cache_wrapper(f, True, False, CacheInfo)
print(cb(4), cb(4), cb.cache_info())
