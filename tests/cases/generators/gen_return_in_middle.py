def gen(n):
    for i in range(10):
        if i == n:
            return f'stopped at {i}'
        yield i
g = gen(3)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(e.value)
        break
print(out)
print(list(gen(0)), list(gen(2)))
def gen_early():
    return 'immediately'
    yield
g = gen_early()
try:
    next(g)
except StopIteration as e:
    print(e.value)
