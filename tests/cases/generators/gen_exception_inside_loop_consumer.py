def gen():
    yield 1
    raise ValueError('from generator')
    yield 2
results = []
try:
    for v in gen():
        results.append(v)
except ValueError as e:
    results.append(str(e))
print(results)
g = gen()
next(g)
try:
    next(g)
except ValueError:
    pass
print(g.gi_frame, list(g))
