import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["comb", "perm"]:
    for a in ["-1, 2", "5, -1", "-(2**80), 2", "5.0, 2", "5, 2.0", "'5', 2", "5, None", "None, 1"]:
        show(f"math.{f}({a})")
show("math.comb(2**64, 2**63)")
show("math.comb(2**65, 2**64)")
show("math.perm(2**64, 2**63)")
show("math.comb(1)")
show("math.comb(1, 2, 3)")
show("math.perm()")
show("math.perm(1, 2, 3)")
show("math.comb(n=5, k=2)")
show("math.perm(-1)")
show("math.perm(3.0)")
