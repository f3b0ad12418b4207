import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a, b = itertools.tee(range(200))
print(sum(a), sum(b))
a, b = itertools.tee(range(130))
for _ in range(60):
    next(a)
r = a.__reduce__()
print(r[0].__name__, r[1], r[2][1])
data = r[2][0]
print(type(data).__name__, type(data).__module__)
dr = data.__reduce__()
print(dr[0].__name__, len(dr[1][1]), type(dr[1][2]).__name__)
r = b.__reduce__()
print(r[2][1], r[2][0] is not data)
c = a.__copy__()
print(next(c), next(a), list(b)[-1])
dtype = type(data)
d = dtype(iter([9, 9]), [1, 2], None)
x = type(a)(())
x.__setstate__((d, 0))
print(list(x))
t(dtype, iter([]), [1], 5)
t(dtype, iter([]), list(range(58)), None)
t(dtype, iter([]), (1,), None)
t(x.__setstate__, (d, 58))
t(x.__setstate__, (d, -1))
t(x.__setstate__, (1, 0))
t(x.__setstate__, 5)
def reenter():
    yield next(tees[0])
tees = itertools.tee(reenter())
t(next, tees[0])
