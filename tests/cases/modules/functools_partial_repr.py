import _functools

partial = _functools.partial
def f(*a, **k):
    pass
f.__qualname__ = 'f'
print(repr(partial(print)))
print(repr(partial(print, 1, 'a', None, sep='-')))
print(repr(partial(len, [1, 2])))
print(repr(partial(partial(print), end='')))
class Obj:
    def __repr__(self):
        return '<Obj>'
print(repr(partial(print, Obj(), k=Obj())))
p = partial(print)
p.__setstate__((p, (p,), {'me': p}, None))
print(repr(p))
class P(partial):
    pass
print(repr(P(print, 1)))
class Q(partial):
    def __repr__(self):
        return 'Q!'
print(repr(Q(print)), str(partial(print, 2)))
