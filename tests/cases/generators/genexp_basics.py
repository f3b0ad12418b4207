g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), list(x + y for x in 'ab' for y in '12'))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
def raising():
    raise ValueError("during first iter")
    yield
g = (x for x in [1] if raising())
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
n = 3
g = (i * n for i in range(3))
n = 10
print(list(g))
r = range(3)
g = (i for i in r)
r = range(100)
print(list(g))
print(list((a, b) for a in range(3) for b in range(a)))
