import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for n in ["0", "1", "2", "3", "4", "15", "16", "17", "99", "10**6", "2**52 - 1", "2**52", "2**53 + 1",
          "2**64 - 1", "2**64", "2**64 + 1", "10**40", "True", "False"]:
    show(f"math.isqrt({n})")
show("math.isqrt(10**100)")
show("math.isqrt(10**200 - 1) == 10**100 - 1")
show("math.isqrt(2**1000)")
show("math.isqrt(3**777)")
n = 7**1500
r = math.isqrt(n)
print("isqrt bound ok:", r * r <= n < (r + 1) * (r + 1))
for n in ["-1", "-(2**100)", "2.0", "'4'", "None"]:
    show(f"math.isqrt({n})")
show("math.isqrt()")
