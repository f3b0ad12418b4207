import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["0.0", "-0.0", "1.0", "1.5", "-8", "0.1", "1e300", "5e-324", "2.2250738585072014e-308",
          "math.inf", "-math.inf", "math.nan", "2**1000", "True"]:
    show(f"math.frexp({x})")
show("math.frexp(2**1100)")
for x, i in [(1, 1024), (0.5, 1024), (1, -1074), (1, -1075), (3, -1075), (1.5, -1074), (math.inf, -10),
             (-0.0, 10), (5, -10**100), (5, 10**100), (0.0, 10**100), (1, 0), (0.75, 4), (-3, 2),
             (1, True), (1.0, -1022), (1.0, -1023)]:
    show(f"math.ldexp({x!r}, {i!r})")
show("math.ldexp(1.0, 2.0)")
show("math.ldexp('1', 2)")
show("math.ldexp(1)")
m, e = math.frexp(123.456)
show("math.ldexp(m, e)")
