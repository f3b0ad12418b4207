import functools

@functools.lru_cache(maxsize=2)
def square(x):
    print('compute', x)
    return x * x

print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__qualname__, square.__wrapped__.__name__, type(square).__name__)
square.cache_clear()
print(square.cache_info())

@functools.lru_cache
def ident(x):
    return x
print(ident(1), ident(1), ident.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    print('typed compute', type(x).__name__)
    return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info(), typed.cache_parameters())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

class C:
    @functools.lru_cache(maxsize=4)
    def method(self, x):
        return (id(self) != 0, x)
c = C()
print(c.method(1), c.method(1), C.method.cache_info())
print(functools.lru_cache(maxsize=0)(len)('abc'))
try:
    functools.lru_cache(maxsize='x')
except TypeError as e:
    print('TypeError', e)
import pickle, copy
print(pickle.loads(pickle.dumps(square)) is square, copy.deepcopy(square) is square)
