def f1(): x += yield
def f2(): x = yield
def f3(): lambda x=(yield): 1
def f4(d): d[(yield "a")] = d[(yield "b")] = 27
def f5(): x = yield 1; y = yield 2
def f6():
    if 0:
        yield
def f7():
    if "":
        yield None
def f8():
    return
    yield 1
for fn, args in [(f1, ()), (f2, ()), (f3, ()), (f5, ()), (f6, ()), (f7, ()), (f8, ())]:
    print(fn.__name__, type(fn(*args)).__name__)
data = [1, 2]
g = f4(data)
print(type(g).__name__)
print(g.send(None))
print(data)
print(g.send(0))
print(data)
try:
    g.send(1)
except StopIteration:
    pass
print(data)
