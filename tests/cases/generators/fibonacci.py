def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(30)])
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, fib()))
f = fib()
for i, v in enumerate(f):
    if v > 10**20:
        print(i, v)
        break
