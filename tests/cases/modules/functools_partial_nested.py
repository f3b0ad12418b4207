import _functools

partial = _functools.partial
def show(*args, **kw):
    return args, kw
a = partial(show, 1, x=1)
b = partial(a, 2, y=2)
print(b.func is show, b.args, b.keywords, b())
c = partial(b, x=3)
print(c.func is show, c.args, c.keywords)
a.attr = 1
d = partial(a, 3)
print(d.func is a, d.args, d())
class P(partial):
    pass
e = P(partial(show, 5), 6)
print(type(e).__name__, e.func is show, e.args)
f = partial(P(show, 7), 8)
print(f.func is show, f.args)
class Q(partial):
    def __call__(self, *a, **k):
        return 'Q', super().__call__(*a, **k)
g = partial(Q(show, 9), 10)
print(type(g.func).__name__, g.args, g())
h = partial(partial(partial(show, 1), 2), 3)
print(h.func is show, h.args)
