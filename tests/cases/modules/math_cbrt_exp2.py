import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0.0", "-0.0", "1", "8", "-8", "27", "64", "2", "3", "10", "100", "1e10", "0.001", "-5",
          "1e-310", "7", "1e300", "math.inf", "-math.inf", "math.nan"]:
    show(f"math.cbrt({x})")
for x in ["0", "1", "10", "-1", "0.5", "-1074", "-1075", "1023", "1024", "2000", "-2000", "2.5",
          "math.inf", "-math.inf", "math.nan"]:
    show(f"math.exp2({x})")
