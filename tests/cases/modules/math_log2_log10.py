import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for x in ["1", "2", "8", "1024", "0.5", "2**-1074", "10", "3"]:
    show(f"math.log2({x})")
for x in ["1", "10", "100", "1000", "1e-5", "2", "5e-324", "0.001"]:
    show(f"math.log10({x})")
for f in ["log2", "log10"]:
    for x in ["0", "-1", "0.0", "-math.inf", "math.inf", "math.nan", "'x'"]:
        show(f"math.{f}({x})")
