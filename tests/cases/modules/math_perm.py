import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (5, 1), (20, 20), (30, 15), (3, None)]:
    show(f"math.perm({n!r}, {k!r})")
show("math.perm(5)")
show("math.perm(0)")
show("math.perm(50)")
show("math.perm(2**70, 2)")
show("math.perm(10**20, 3)")
show("math.perm(10**25, 0)")
show("math.perm(1000, 300) == math.factorial(1000) // math.factorial(700)")
show("math.perm(100, 3) == 100 * 99 * 98")
