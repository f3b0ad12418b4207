import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0.0", "-0.0", "1", "-5", "1e308", "5e-324", "math.inf", "-math.inf", "math.nan",
          "-math.nan", "True", "10**300", "10**400", "'x'", "None"]:
    show(f"(math.isfinite({x}), math.isinf({x}), math.isnan({x}))")
show("math.isnan()")
show("math.isinf(1, 2)")
