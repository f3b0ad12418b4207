def f():
    yield 1
    yield 2
for i in f():
    print(i)
g = f()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def f2():
    yield 1
    return
    yield 2
g = f2()
print(next(g))
try:
    next(g)
except StopIteration:
    print('return stops it')
def g1():
    try:
        return
    except:
        yield 1
print(list(g1()))
def g2():
    try:
        raise StopIteration
    except:
        yield 42
print(list(g2()))
def g3():
    try:
        return
    finally:
        yield 1
print(list(g3()))
def gnone():
    for i in range(3):
        yield None
    yield None
    return
print(list(gnone()))
def gstop():
    yield 1
    try:
        raise StopIteration
    except:
        yield 2
    yield 3
print(list(gstop()))
