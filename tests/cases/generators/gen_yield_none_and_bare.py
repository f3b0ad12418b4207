def gen():
    yield
    yield None
    x = yield
    yield x
g = gen()
print(next(g), next(g), next(g), g.send('sent'))
