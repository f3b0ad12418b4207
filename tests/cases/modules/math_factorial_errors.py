import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for n in ["-1", "-(2**100)", "5.0", "5.5", "'5'", "None", "2**64", "2**63", "[5]", "1j"]:
    show(f"math.factorial({n})")
show("math.factorial()")
show("math.factorial(1, 2)")
show("math.factorial(n=3)")
