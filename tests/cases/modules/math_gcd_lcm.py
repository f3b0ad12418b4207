import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for args in ["", "0", "-4", "12, 18", "-12, 18", "12, -18", "0, 0", "0, -5", "7, 13", "2**100, 2**80 * 3",
             "48, 180, 600", "10**30, 10**20 * 7", "True, 4", "1, 10**50"]:
    show(f"math.gcd({args})")
    show(f"math.lcm({args})")
show("math.lcm(2**100, 3)")
show("math.lcm(-4, 6)")
show("math.lcm(0, 5)")
show("math.lcm(4, 6, 10)")
show("math.gcd(1.5)")
show("math.lcm(1.0)")
show("math.gcd(4, 'a')")
show("math.gcd(a=1)")
show("math.lcm(3, b=2)")
