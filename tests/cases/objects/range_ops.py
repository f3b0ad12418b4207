r = range(2, 20, 3)
print(r, len(r), list(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(8))
print(range(10)[2:-2], range(0), list(range(5, 0, -1)), list(range(0, -10, -3)), len(range(10, 0)), range(1, 10, 2)[100:])
print(list(reversed(range(1, 10, 4))), range(3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2) != range(1, 3))
print(r.start, r.stop, r.step, 10**19 in range(10**20), range(10**20)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(2.0 in range(5), 'a' in range(3), hash(range(3)) == hash(range(0, 3)), range(-5, 5, 2)[-2])
try:
    len(range(-(10**20), 10**20))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(-(10**20), 10**20)[10**20], range(0, 10**20, 7)[-1])
