import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for name in ["pi", "e", "tau", "inf", "nan"]:
    show("math." + name)
show("-math.inf")
show("math.tau == 2 * math.pi")
show("math.isnan(math.nan)")
show("math.inf > 1e308")
show("type(math.pi).__name__")
show("math.nan == math.nan")
