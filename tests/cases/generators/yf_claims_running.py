def one():
    yield 0
    print("in one:", g1.gi_running)
    yield from two()
    print("back in one:", g1.gi_running)
    yield 3
def two():
    print("in two:", g1.gi_running, g2.gi_running if g2 else None)
    yield 1
    yield 2
g2 = None
g1 = one()
print(list(g1))
print(g1.gi_running)
def outer():
    yield from inner_()
def inner_():
    yield sub.gi_running
sub = None
o = outer()
sub = o
print(next(o))
