import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0", "math.pi", "-math.pi", "math.pi / 2", "1", "2 * math.pi", "1e308", "math.inf",
          "math.nan", "-0.0", "True"]:
    show(f"math.degrees({x})")
for x in ["0", "180", "-180", "90", "45", "360", "1", "1e308", "math.inf", "-0.0", "10**20"]:
    show(f"math.radians({x})")
show("math.degrees('a')")
show("math.radians()")
