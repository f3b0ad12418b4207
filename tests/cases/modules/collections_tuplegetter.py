from _collections import _tuplegetter

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")
    z = _tuplegetter(5, "missing")

p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__)
t(lambda: p.z)
def setx():
    p.x = 5
def delx():
    del p.x
t(setx)
t(delx)
g = _tuplegetter(1, "doc")
print(g.__get__((1, 2)), g.__get__((1, 2), tuple), g.__get__(None, tuple) is g)
t(g.__get__, [1, 2])
t(g.__get__, None, None)
t(g.__set__, (1, 2), 3)
t(g.__delete__, (1, 2))
print(g.__reduce__(), repr(g))
g.__doc__ = "new doc"
print(g.__doc__, _tuplegetter(0, None).__doc__)
print(_tuplegetter(-1, "neg").__get__((1, 2)) if False else "skip")
t(_tuplegetter(-1, "d").__get__, (1, 2))
t(_tuplegetter, 1)
t(_tuplegetter, "a", "doc")
t(_tuplegetter, 2 ** 70, "doc")
print(type(g).__name__, type(g).__module__, type(g).__qualname__)
