import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


xs = [0.0, -0.0, 1e-300, 1e-20, 0.1, 0.25, 0.5, 0.84375, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 2.5, 2.857,
      3.0, 4.0, 5.9, 6.0, 10.0, 27.0, 28.0, 30.0, -0.3, -1.1, -2.0, -3.5, -6.5, -30.0]
for x in xs:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))
for x in ["math.inf", "-math.inf", "math.nan", "'a'", "2", "True"]:
    show(f"math.erf({x})")
    show(f"math.erfc({x})")
