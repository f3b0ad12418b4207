import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["1.9", "-1.9", "0.0", "-0.0", "5", "-5", "True", "2**80", "1e300", "-2.5e15",
          "math.inf", "-math.inf", "math.nan", "'x'", "None", "[1]"]:
    show(f"math.trunc({x})")
show("type(math.trunc(3.7)).__name__")
show("math.trunc()")
