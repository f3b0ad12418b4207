import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["sqrt", "exp", "sin", "log1p", "fabs", "erf", "gamma", "ulp", "frexp", "modf", "ceil",
          "floor", "isnan", "degrees"]:
    for x in ["'a'", "None", "[1]", "1j", "b'x'"]:
        show(f"math.{f}({x})")
show("math.atan2('a', 1)")
show("math.copysign(1, None)")
show("math.pow(1j, 2)")
show("math.hypot(1, 'a')")
show("math.fmod([], 1)")
