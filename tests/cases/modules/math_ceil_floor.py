import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["ceil", "floor"]:
    for x in ["1.5", "-1.5", "0.0", "-0.0", "-0.5", "0.5", "2", "-7", "True", "2**100",
              "1e20", "2.0**70 + 0.0", "1e300", "math.inf", "-math.inf", "math.nan", "'x'",
              "None", "1+2j"]:
        show(f"math.{f}({x})")
show("type(math.ceil(1.5)).__name__")
show("type(math.floor(True)).__name__")
show("math.ceil()")
show("math.floor(1, 2)")
show("math.ceil(x=1.5)")
