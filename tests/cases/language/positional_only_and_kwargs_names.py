def f(a, b, /, **kwargs):
    return a, b, kwargs
print(f(1, 2, a=3, b=4))
def g(x, /):
    return x
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def h(a, /, b, *, c):
    return a, b, c
print(h(1, 2, c=3), h(1, b=2, c=3))
for call in [lambda: h(1, 2, 3), lambda: h(a=1, b=2, c=3), lambda: h(1, c=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(dict(a=1, **{'b': 2}), sorted(f(0, 0, z=1, y=2)[2]))
