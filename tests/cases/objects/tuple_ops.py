t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2, 2 in t, len(t), tuple('ab'), tuple([1]))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[9]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, [2]) == (1, [2]), hash((1, 2)) == hash((1, 2)))
a, *b = t; print(a, b)
print(tuple(), (1,) * 0, tuple(x * 2 for x in t), max(t), min(t), sum(t))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
