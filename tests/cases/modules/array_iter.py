from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("i", [1, 2, 3])
it = iter(a)
print(type(it).__name__, type(it).__module__, type(it).__qualname__, iter(it) is it)
print(next(it))
r = it.__reduce__()
print(r[0].__name__, r[1], r[2])
a.append(4)
print(list(it))
t(next, it)
print(it.__reduce__()[1])
it = iter(a)
it.__setstate__(2)
print(list(it))
it = iter(a)
it.__setstate__(-5)
print(next(it))
it.__setstate__(100)
print(list(it))
u = iter(array("u", "xy"))
print(list(u))
b = array("b", [5, 6])
it = iter(b)
del b[0]
print(list(it), list(iter(array("d"))))
print(list(reversed(array("h", [1, 2, 3]))), sum(array("i", range(100))))
