import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf = math.inf
for y, x in [(1, 2), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (inf, inf),
             (-inf, -inf), (inf, -inf), (1, inf), (1, -inf), (-1, -inf), (inf, 3),
             (-5, 0.0), (3, -4), (math.nan, 1), (1, math.nan)]:
    show(f"math.atan2({y!r}, {x!r})")
show("math.atan2(1)")
show("math.atan2('1', 2)")
show("math.atan2(-1e-200, 1e200)")
show("math.atan2(1e-200, 1e200)")
show("math.atan2(-1e-200, -1e200)")
