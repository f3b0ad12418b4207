print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)))
print(sum([1, 2.5]), sum([True, True]), sum([10**20, 1]), sum(x * x for x in range(4)), sum([1], start=3))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
def gen():
    for i in range(10):
        print("yield", i)
        yield i
print(any(v == 2 for v in gen()))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
