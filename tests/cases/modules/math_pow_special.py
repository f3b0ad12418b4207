import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf, nan = math.inf, math.nan
cases = [(nan, 0), (nan, 1), (1, nan), (1, inf), (-1, inf), (-1, -inf), (inf, 2), (inf, 3),
         (inf, -2), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (-inf, 0), (0.5, inf),
         (0.5, -inf), (2, inf), (2, -inf), (-0.5, inf), (-2, -inf), (inf, nan), (nan, nan),
         (0.0, inf), (0.0, -inf), (-0.0, -inf), (inf, 0.5), (-inf, 0.5), (-inf, -0.5)]
for a, b in cases:
    show(f"math.pow({a!r}, {b!r})")
