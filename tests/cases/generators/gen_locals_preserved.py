def gen():
    x = 1
    yield x
    x += 10
    y = [x]
    yield x, y
    y.append('more')
    yield y
g = gen()
print(next(g), next(g), next(g))
def nested_state():
    for i in range(2):
        for j in range(2):
            yield (i, j)
print(list(nested_state()))
def with_args(a, *rest, k='d', **kw):
    yield a
    yield rest
    yield k
    yield kw
print(list(with_args(1, 2, 3, k='K', z=0)))
