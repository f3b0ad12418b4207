class Partial:
    def __init__(self, f, *a, **k):
        self.f, self.a, self.k = f, a, k
    def __call__(self, *a, **k):
        return self.f(*self.a, *a, **{**self.k, **k})
def greet(greeting, name, punct='.'):
    return f'{greeting}, {name}{punct}'
hello = Partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='!'), Partial(greet, punct='?')('Hi', 'Cy'))
print(list(map(Partial(pow, 2), range(5))))
class CallCount:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
cc = CallCount()
print(cc(), cc(), cc.n, callable(cc))
class StaticCall:
    __call__ = staticmethod(lambda: 'static call')
print(StaticCall()())
