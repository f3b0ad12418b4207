def gen():
    yield 'only'
g = gen()
print(next(g, 'default'), next(g, 'default'), next(g, None))
def gen_ret():
    yield 1
    return 'val'
g = gen_ret()
print(next(g), next(g, 'dflt'))
def raising():
    yield 1
    raise KeyError('not swallowed by default')
g = raising()
next(g)
try:
    next(g, 'dflt')
except KeyError as e:
    print(type(e).__name__, e)
