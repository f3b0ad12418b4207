def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen:", e)
        yield 'recovered'
    yield 'last'
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g = gen()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print("propagated", repr(e))
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("closed after throw")
