def gen():
    yield from [1, 2]
g = gen()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
print(g.gi_frame)
