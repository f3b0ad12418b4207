import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

p = itertools.product('ab', 'xyz')
print(p.__reduce__())
next(p)
next(p)
print(p.__reduce__())
list(p)
print(p.__reduce__())
print(itertools.product('ab', '').__reduce__())
p2 = itertools.product('ab', 'xyz')
p2.__setstate__((1, 1))
print(list(p2))
p3 = itertools.product('ab', 'xyz')
p3.__setstate__((-5, 99))
print(list(p3))
p4 = itertools.product('ab', '')
p4.__setstate__((0, 0))
print(list(p4))
t(p2.__setstate__, (1,))
t(p2.__setstate__, [1, 1])
t(p2.__setstate__, ('a', 1))
print(itertools.product('ab').__sizeof__() > 0)
