import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf, nan = math.inf, math.nan
for a, b in [(5, 2), (7, 2), (-7, 2), (6, 4), (10, 4), (-10, 4), (3, 1), (-3, 1), (5.5, inf),
             (-5.5, -inf), (1, 0), (inf, 1), (nan, 1), (1, nan), (0.0, 1), (-0.0, 1),
             (1e300, 3), (2.5, 1), (3.5, 1), (-2.5, 1), (5e-324, 1e-323), (1.7976931348623157e308, 3.0)]:
    show(f"math.remainder({a!r}, {b!r})")
show("math.remainder(1)")
