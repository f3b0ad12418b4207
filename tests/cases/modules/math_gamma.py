import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0.5", "1", "2", "5", "1.5", "-1.5", "-0.5", "10.3", "23", "24", "25", "30", "100.25",
          "140.5", "171.5", "-200.5", "-170.3", "1e-30", "-1e-30", "1e-10", "3.7", "0.001",
          "math.inf", "math.nan"]:
    show(f"math.gamma({x})")
for x in ["0", "-0.0", "-1", "-2", "-100", "-math.inf", "171.7", "200", "1e300", "5e-324", "'a'"]:
    show(f"math.gamma({x})")
