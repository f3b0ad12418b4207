import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


nan = math.nan
for a, b in [(1, -0.0), (-3, 5), (math.inf, -1), (nan, -1), (1, nan), (1, -nan), (0.0, -1),
             (-0.0, 1), (2, -2), (5, 0.0), (-5, -0.0)]:
    show(f"math.copysign({a!r}, {b!r})")
show("math.copysign(1, -math.nan)")
show("math.copysign(1)")
show("math.copysign('a', 1)")
show("type(math.copysign(1, 1)).__name__")
