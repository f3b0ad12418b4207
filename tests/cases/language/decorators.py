def trace(f):
    def wrapper(*a, **k):
        print('calling', f.__name__, a, k)
        return f(*a, **k)
    wrapper.__name__ = 'wrapped_' + f.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2), add.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return 'hi ' + x
print(hi('bob'))
order = []
def mark(tag):
    order.append('factory ' + tag)
    def d(f):
        order.append('apply ' + tag)
        return f
    return d
@mark('a')
@mark('b')
def g(): pass
print(order)
@lambda f: f()
def immediately():
    return 'ran at definition'
print(immediately)
class C:
    def __repr__(self): return 'C()'
    @trace
    def m(self, x): return x * 2
print(C().m(4))
