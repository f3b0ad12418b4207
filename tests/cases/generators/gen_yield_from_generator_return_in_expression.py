def inner(v):
    yield v
    return v * 2
def outer():
    total = (yield from inner(1)) + (yield from inner(2))
    return total
g = outer()
print(list(g))
def get():
    r = yield from inner('x')
    yield r
print(list(get()))
