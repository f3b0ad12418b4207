import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf, nan = math.inf, math.nan
for x, y in [(0.0, 1.0), (0.0, -1.0), (1.0, 2.0), (1.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 1.0),
             (5e-324, 0.0), (-5e-324, 0.0), (1.7976931348623157e308, inf), (inf, 0.0), (-inf, 0.0),
             (2.0, 1.0), (nan, 1.0), (1.0, nan), (2.2250738585072014e-308, 0.0)]:
    show(f"math.nextafter({x!r}, {y!r})")
for x in ["1.0", "-1.0", "0.0", "-0.0", "5e-324", "1e300", "2.0", "1.7976931348623157e308", "math.inf",
          "-math.inf", "math.nan", "3", "2**60"]:
    show(f"math.ulp({x})")
show("math.nextafter(1)")
show("math.ulp('a')")
