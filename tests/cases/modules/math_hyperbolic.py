import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["sinh", "cosh", "tanh", "asinh"]:
    for x in ["0.0", "-0.0", "0.5", "1", "-2.5", "20", "1e-10", "math.inf", "-math.inf"]:
        show(f"math.{f}({x})")
for x in ["1", "1.5", "2", "10", "1e20", "math.inf", "0.5"]:
    show(f"math.acosh({x})")
for x in ["0.0", "-0.0", "0.25", "0.5", "-0.9", "0.99", "1", "-1", "2"]:
    show(f"math.atanh({x})")
show("math.sinh(1000)")
show("math.cosh(-1000)")
show("math.tanh(1000)")
