def leaf(n):
    yield n
    return n * 10
def branch(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b
def root():
    total = yield from branch(1)
    total += yield from branch(5)
    return total
g = root()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)
