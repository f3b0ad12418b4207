from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a, b, c = deque([1, 2, 3]), deque([1, 2, 4]), deque([1, 2])
print(a == a, a == deque([1, 2, 3]), a != b, a < b, a <= b, a > c, a >= c, c < a)
print(a == [1, 2, 3], a != [1, 2, 3], deque() == deque(), deque() < deque([0]))
print(deque([1], 5) == deque([1]), deque("ab") == deque("ab", 2))
t(lambda: a < [1])
t(lambda: a >= (1,))
nan = float("nan")
n = deque([nan])
print(n == n, n == deque([nan]), n == deque([float("nan")]))
print(deque([1, "a"]) == deque([1, "a"]), deque([1]) != deque(["a"]))
t(lambda: deque([1]) < deque(["a"]))
print(sorted([deque([2]), deque([1, 5]), deque([1])]))
class Sub(deque):
    pass
print(Sub([1]) == deque([1]), deque([1]) == Sub([1]), Sub([1]) < deque([2]))
print(max(deque([1, 3]), deque([2])))
t(hash, a)
