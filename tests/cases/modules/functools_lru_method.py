import _functools

def info(*a):
    return a
W = _functools._lru_cache_wrapper

class A:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
    def __repr__(self):
        return f'A({self.n})'
    def calc(self, x):
        print('calc', self.n, x)
        return self.n + x
    calc = W(calc, 8, False, info)

a = A(1)
print(a.calc(2), a.calc(2), A(1).calc(2), A(2).calc(2), A.calc.cache_info())
print(A.calc(a, 3), A.calc.__get__(None, A) is A.calc, A.calc.__get__(a, A))
print(type(a.calc).__name__, a.calc.__self__ is a)
w = W(print, None, False, info)
w.__qualname__ = 'my.qualname'
w.__wrapped__ = print
print(w.__reduce__(), w.__copy__() is w, w.__deepcopy__({}) is w, w.__wrapped__)
print(sorted(k for k in w.__dict__))
try:
    W(print, None, False, info).__reduce__()
except AttributeError as e:
    print('AttributeError', e)

class B:
    @staticmethod
    def s(x):
        return x * 2
    s2 = W(s, None, False, info)
print(B().s2(1) if False else B.s2(4))
