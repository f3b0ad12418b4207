f = lambda: (yield 1)
g = f()
print(type(g).__name__, next(g))
try:
    g.send('returned')
except StopIteration as e:
    print('value', e.value)
h = lambda n: (yield from range(n))
print(list(h(3)))
