data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
count = [0]
def f():
    count[0] += 1
    return count[0]
print(list(iter(f, 4)))
i = iter([1])
print(next(i), next(i, None), next(i, 'x'))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(iter([]).__class__.__name__, iter(()).__class__.__name__, iter('').__class__.__name__, iter({}).__class__.__name__)
print(type(iter(f, 0)).__name__, type(iter(range(3))).__name__)
