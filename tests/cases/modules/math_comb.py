import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (1, 1), (5, 2), (100, 50), (67, 33),
             (68, 34), (200, 100), (1000, 3), (True, True)]:
    show(f"math.comb({n!r}, {k!r})")
show("math.comb(10**20, 3)")
show("math.comb(2**70, 2**70 - 2)")
show("math.comb(2**70, 2**70 + 2)")
show("math.comb(1000, 500) % 1000000007")
show("len(str(math.comb(5000, 2500)))")
show("math.comb(10**30, 1)")
show("math.comb(10**30, 10**30 - 1)")
show("math.comb(10**30, 0)")
show("sum(math.comb(20, k) for k in range(21)) == 2**20")
show("all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for n in range(1, 40) for k in range(1, n))")
