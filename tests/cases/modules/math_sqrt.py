import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0", "-0.0", "1", "2", "4", "1e-320", "1e308", "0.25", "math.inf", "math.nan", "True", "10**20"]:
    show(f"math.sqrt({x})")
for x in ["-1", "-1e-300", "-math.inf"]:
    show(f"math.sqrt({x})")
show("math.sqrt(10**400)")
show("math.sqrt(1j)")
