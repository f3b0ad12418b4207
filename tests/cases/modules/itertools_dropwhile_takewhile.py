import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(bool, [])), list(itertools.takewhile(bool, [])))
calls = []
def p(x):
    calls.append(x)
    return x < 3
d = itertools.dropwhile(p, [1, 2, 3, 1, 2])
print(list(d), calls)
calls.clear()
src = iter([1, 2, 3, 4, 5])
tw = itertools.takewhile(p, src)
print(list(tw), calls, next(src), list(tw))
d = itertools.dropwhile(p, [1, 5, 1])
print(d.__reduce__()[1:] if False else d.__reduce__()[2])
next(d)
print(d.__reduce__()[2])
d2 = itertools.dropwhile(p, [1, 2, 9])
d2.__setstate__(True)
print(list(d2))
tw = itertools.takewhile(p, [1, 2, 3])
print(tw.__reduce__()[2], list(tw), tw.__reduce__()[2])
tw2 = itertools.takewhile(p, [1, 2])
tw2.__setstate__(1)
print(list(tw2))
t(itertools.dropwhile, p)
t(itertools.takewhile, p, [1], 2)
t(itertools.dropwhile, p, [1], x=1)
t(itertools.takewhile, p, 3)
t(list, itertools.takewhile(None, [1]))
t(list, itertools.dropwhile(lambda x: 1 / x, [0]))
