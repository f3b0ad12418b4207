def f(x, y): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def k(*, only): pass
class C:
    def m(self, x): pass
tests = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, y=2, z=3), lambda: f(1, x=2),
         lambda: g(1), lambda: g(1, 2, 3), lambda: g(c=1), lambda: h(a=1, b=2), lambda: k(1), lambda: k(),
         lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(), lambda: f(**{'x': 1, 'y': 2, 'q': 3}),
         lambda: f(*[1], **{'x': 2}), lambda: len(), lambda: len(1, 2), lambda: (lambda: 0)(1),
         lambda: f(1, 2, **{1: 2}), lambda: f(*5), lambda: f(**5), lambda: g(1, c=1, **{'c': 2})]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
