def gen():
    yield 1
    return 42
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, repr(e))
def gen_none():
    yield 1
    return
g = gen_none(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def gen_tuple():
    yield
    return (1, 2)
g = gen_tuple(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
def gen_stop():
    yield
    return StopIteration(7)
g = gen_stop(); next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value))
