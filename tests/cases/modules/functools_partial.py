import _functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

partial = _functools.partial
def show(*args, **kw):
    return args, kw
p = partial(show, 1, 2, a=3)
print(p(), p(4), p(b=5), p(a=6))
print(p.func is show, p.args, p.keywords)
p2 = partial(show)
print(p2(), p2.args, p2.keywords)
p3 = partial(show, x=1)
print(p3(1, x=2, y=3))
t(partial)
t(partial, 1)
t(partial, func=show)
t(setattr, p, 'func', show)
t(setattr, p, 'args', ())
t(setattr, p, 'keywords', {})
t(delattr, p, 'func')
t(lambda: p.__get__)
p.attr = 'x'
print(p.attr, p.__dict__)
class A:
    m = partial(show, 'bound?')
print(A().m(1), A.m(2))
print(partial(int, base=2)('101'))
t(partial(int, base=2), '2')
t(partial(show, **{'a': 1}), a=2)
print(type(p), type(p).__module__, type(p).__name__, partial.__call__)
print(partial[int], callable(p))
p.keywords['late'] = 1
print(p())
