def leaf():
    yield 'leaf'
    return 'leaf-ret'
def chain(n):
    if n == 0:
        r = yield from leaf()
        return r
    r = yield from chain(n - 1)
    return r + '+'
g = chain(30)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(len(e.value), e.value[:12])
