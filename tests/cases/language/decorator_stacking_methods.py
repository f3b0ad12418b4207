def log(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
class C:
    @staticmethod
    @log
    def s(x):
        return x * 2
    @classmethod
    @log
    def c(cls):
        return cls.__name__
    @property
    @log
    def p(self):
        return 'prop'
    @log
    def m(self):
        return 'method'
c = C()
print(C.s(2), C.c(), c.p, c.m())
def deco_with_state(fn):
    calls = []
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    wrapper.calls = calls
    return wrapper
@deco_with_state
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls)
