def gen():
    x = yield
    print('x', x)
    y = (yield 1) + 10
    print('y', y)
    z = [(yield 'a'), (yield 'b')]
    print('z', z)
    w = yield (yield 'nested')
    print('w', w)
g = gen()
print(next(g))
print(g.send('X'))
print(g.send(5))
print(g.send('A'))
print(g.send('B'))
print(g.send('inner'))
try:
    g.send('W')
except StopIteration:
    print('end')
