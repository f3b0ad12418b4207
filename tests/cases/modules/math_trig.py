import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["sin", "cos", "tan"]:
    for x in ["0.0", "-0.0", "1", "0.5", "-2.5", "math.pi / 6", "100"]:
        show(f"math.{f}({x})")
for f in ["asin", "acos", "atan"]:
    for x in ["0.0", "-0.0", "0.5", "-1", "1", "0.25"]:
        show(f"math.{f}({x})")
show("math.atan(math.inf)")
show("math.atan(-math.inf)")
