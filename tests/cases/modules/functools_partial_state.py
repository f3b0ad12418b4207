import _functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

partial = _functools.partial
def show(*args, **kw):
    return args, kw
p = partial(show, 1, a=2)
r = p.__reduce__()
print(r[0], r[1][0] is show, r[2][0] is show, r[2][1:])
p.x = 9
r = p.__reduce__()
print(r[0], r[1] == (show,), r[2][1:])
q = r[0](*r[1])
q.__setstate__(r[2])
print(q(3), q.x, q.args, q.keywords)
q.__setstate__((show, (7,), None, None))
print(q(), q.__dict__)
class T(tuple):
    pass
q.__setstate__((show, T((8,)), {'k': 1}, {'y': 2}))
print(q(), type(q.args).__name__, q.y)
t(q.__setstate__, (1, 2, 3, 4))
t(q.__setstate__, (show, [], None, None))
t(q.__setstate__, (show, (), [], None))
t(q.__setstate__, (show, ()))
t(q.__setstate__, [show, (), None, None])
print(q())
