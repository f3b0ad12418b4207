import _functools

def info(*a):
    return a
W = _functools._lru_cache_wrapper
log = []

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        log.append(('hash', self.v))
        return hash(self.v)
    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v

c = W(lambda *a, **k: len(a) + len(k), None, False, info)
c(H(1))
c(H(1))
print(log, c.cache_info())
log.clear()

class S(str):
    pass
class I(int):
    pass
calls = []
def f(x):
    calls.append(type(x).__name__)
    return x
c = W(f, None, False, info)
c('a'); c(S('a')); c(1); c(I(1)); c(True); c(1.0)
print(calls, c.cache_info())
calls.clear()
ct = W(f, None, True, info)
ct('a'); ct(S('a')); ct(1); ct(I(1)); ct(True); ct(1.0)
print(calls, ct.cache_info())
g = W(lambda *a, **k: (a, sorted(k.items())), None, False, info)
print(g(1, b=2), g(1, b=2), g(1, 2), g.cache_info())
