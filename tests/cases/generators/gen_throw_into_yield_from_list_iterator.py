def gen():
    try:
        yield from [1, 2, 3]
    except KeyError:
        yield 'handled in delegator'
g = gen()
print(next(g))
print(g.throw(KeyError))
print(list(g))
