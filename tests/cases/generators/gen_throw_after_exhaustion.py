def gen():
    yield 1
g = gen()
list(g)
try:
    g.throw(ValueError('after end'))
except ValueError as e:
    print(type(e).__name__, e)
g.close()
print(g.send(None) if False else 'send on exhausted raises StopIteration:')
try:
    g.send(None)
except StopIteration:
    print('yes')
