import _functools

class MyPartial(_functools.partial):
    def __new__(cls, func, *args, **kw):
        self = super().__new__(cls, func, *args, **kw)
        self.note = 'made'
        return self
    def describe(self):
        return f'{self.func.__name__}{self.args}'

def add(a, b, c=0):
    return a + b + c

p = MyPartial(add, 1)
print(p(2), p(2, c=3), p.note, p.describe(), type(p).__mro__)
print(isinstance(p, _functools.partial))
r = p.__reduce__()
print(r[0].__name__, r[1][0] is add, r[2][1], r[2][3])

class Counted(_functools.partial):
    calls = 0
    def __call__(self, *a, **k):
        type(self).calls += 1
        return super().__call__(*a, **k)

c = Counted(add, 10)
print(c(1), c(2, 3), Counted.calls)
print(list(map(_functools.partial(add, 100), [1, 2])))
