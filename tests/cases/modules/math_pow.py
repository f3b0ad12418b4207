import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for ab in ["2, 10", "2, 0.5", "2, -1", "-2, 3", "-2, -3", "0, 0", "0.0, 5", "-0.0, 3", "10, -400",
             "1.5, 2.5", "4, 0.5", "-8, 1/3", "0, -1", "-0.0, -1", "10, 1000", "-10, 1001",
             "2, 1023", "2, 1024"]:
    show(f"math.pow({ab})")
show("math.pow(2)")
show("math.pow('2', 2)")
show("math.pow(2, 3) == 2 ** 3")
show("type(math.pow(2, 3)).__name__")
