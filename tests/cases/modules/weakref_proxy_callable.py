import _weakref
class F:
    def __call__(self, *a, **k):
        return a, k
f = F()
p = _weakref.proxy(f)
print(type(p).__name__, p(1, 2, k=3))
def g(x):
    return x * 2
q = _weakref.proxy(g)
print(type(q).__name__, q(21), q.__name__)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It()
pi = _weakref.proxy(it)
print(next(pi), list(pi))
class NotIt: pass
ni = NotIt()
try:
    next(_weakref.proxy(ni))
except TypeError as e:
    print(e)
try:
    _weakref.ProxyType()
except TypeError as e:
    print(e)
