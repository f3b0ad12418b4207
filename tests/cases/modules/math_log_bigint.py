import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.log(2**1100)")
show("math.log(2**1100, 2)")
show("math.log2(2**2000)")
show("math.log2(2**2000 + 1)")
show("math.log10(10**500)")
show("math.log10(2**1100)")
show("math.log(10**500, 10)")
show("math.log(10**400, 10**200)")
show("math.log(1, 2**2000)")
show("math.log(3**5000)")
show("math.log(-(2**2000))")
show("math.log(2**1023 * 2 - 1)")
show("math.log2(2**1024 - 1)")
show("math.log10(10**308)")
show("math.log(True)")
show("math.log(False)")
show("math.log2(2**100000)")
class Big(int):
    pass
show("math.log(Big(2**5000))")
show("math.sqrt(2**5000)")
show("math.exp(2**5000)")
