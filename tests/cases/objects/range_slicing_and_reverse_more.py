r = range(3, 30, 4)
print(list(r), r[1:-1], list(r[1:-1]), r[::-2], list(r[::-2]), r[5:1:-1], list(r[5:1:-1]))
print(r[-100:100], r[100:], list(reversed(r[2:5])), r.index(27), -1 in r, 7.0 in r, r[len(r) - 1])
n = range(10, 0, -3)
print(list(n), len(n), n[0], n[-1], n[1:], list(n[::-1]), 4 in n, 5 in n, n.index(1))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 1) == range(0, 1, 5), range(2, 2) == range(3, 3), hash(range(2, 2)) == hash(range(3, 3)))
e = range(5, 5)
print(len(e), list(e), bool(e), bool(range(1)), e[:], list(reversed(e)))
try:
    e[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
