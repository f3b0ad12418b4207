import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

cwr = itertools.combinations_with_replacement
print(list(cwr('ABC', 2)))
print(list(cwr(range(3), 3)))
print(list(cwr('ab', 0)), list(cwr('', 0)), list(cwr('', 2)))
print(list(cwr('a', 4)))
print(len(list(cwr(range(5), 4))))
t(cwr, 'a')
t(cwr, 'a', -1)
t(cwr, 'a', 'b')
t(cwr, 'a', 1, x=2)
print(cwr('abc', 2).__reduce__())
c = cwr('abc', 2)
next(c)
next(c)
print(c.__reduce__())
list(c)
print(c.__reduce__())
c2 = cwr('abc', 2)
c2.__setstate__((1, 0))
print(list(c2))
c3 = cwr('abc', 2)
c3.__setstate__((-4, 9))
print(list(c3))
t(c3.__setstate__, (1,))
