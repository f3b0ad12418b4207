import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.hypot()")
show("math.hypot(-3)")
show("math.hypot(3, 4)")
show("math.hypot(3, 4, 12)")
show("math.hypot(1, 2, 3, 4, 5)")
show("math.hypot(0.1, 0.2)")
show("math.hypot(*[1.1] * 100)")
show("math.hypot(1e308, 1e308)")
show("math.hypot(1e-320, 1e-320)")
show("math.hypot(5e-324, 5e-324)")
show("math.hypot(1e-200, 1e-200, 1e-200)")
show("math.hypot(1.7976931348623157e308, 1)")
show("math.hypot(math.inf, math.nan)")
show("math.hypot(math.nan, 1)")
show("math.hypot(-math.inf, 2)")
show("math.hypot(0.0, -0.0)")
show("math.hypot(*range(20))")
show("math.hypot(10**20, 10**20)")
show("math.hypot('a')")
show("math.hypot(1, None)")
show("math.hypot(x=1)")
show("math.hypot(2**2000)")
