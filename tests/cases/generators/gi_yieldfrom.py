def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
yf = g.gi_yieldfrom
print(type(yf).__name__, yf.__name__, yf.gi_frame.f_lineno)
next(g)
print(g.gi_yieldfrom.__name__)
next(g)
print(g.gi_yieldfrom)
def over_list():
    yield from [10, 20]
h = over_list(); next(h)
print(type(h.gi_yieldfrom).__name__)
