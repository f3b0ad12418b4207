import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0", "1", "-1", "0.5", "10", "-745", "-746", "709", "math.inf", "-math.inf", "math.nan"]:
    show(f"math.exp({x})")
for x in ["1e-10", "-1e-10", "0.0", "-0.0", "1", "-1", "1e-300", "5", "-50"]:
    show(f"math.expm1({x})")
for x in ["1", "math.e", "2", "0.5", "1e-300", "1e300", "math.inf", "math.nan"]:
    show(f"math.log({x})")
for x in ["0.0", "-0.0", "1e-10", "-0.5", "1", "2", "1e300", "-1", "-2"]:
    show(f"math.log1p({x})")
