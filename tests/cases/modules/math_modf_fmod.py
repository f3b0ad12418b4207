import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["3.5", "-3.5", "-3.0", "0.0", "-0.0", "1e300", "1e-300", "7", "math.inf", "-math.inf",
          "math.nan"]:
    show(f"math.modf({x})")
for ab in ["5.5, 2", "-5.5, 2", "5.5, -2", "5, math.inf", "-5, -math.inf", "math.inf, 1", "1, 0",
             "-0.0, 1", "0.0, -1", "10, 3", "-10, 3", "1e300, 3", "3, 1e-300", "math.nan, 1",
             "1, math.nan"]:
    show(f"math.fmod({ab})")
show("math.fmod(1)")
show("math.modf('a')")
