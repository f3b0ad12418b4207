import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0.5", "1", "2", "3", "10", "-1.5", "-0.5", "-2.5", "100.5", "1e300", "1e-30", "-1e-30",
          "3.7", "0.001", "1000", "1e17", "-1000.5", "math.inf", "-math.inf", "math.nan"]:
    show(f"math.lgamma({x})")
for x in ["0", "-0.0", "-1", "-2", "-1e10", "1.7976931348623157e308", "'a'"]:
    show(f"math.lgamma({x})")
