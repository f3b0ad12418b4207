import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.fsum([0.1] * 10)")
show("sum([0.1] * 10)")
show("math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])")
show("math.fsum([1e-16, 1, 1e16])")
show("math.fsum([1, 1e16, 1e-16])")
show("math.fsum([2.0**53, -0.5, -2.0**-54])")
show("math.fsum([2.0**53, 1.0, 2.0**-100])")
show("math.fsum([1.0, 1e-16, 1e-16])")
show("math.fsum([1e308, -1e308, 1e308])")
show("math.fsum(x / 7 for x in range(100))")
show("math.fsum([2**53, 1, 1])")
show("math.fsum([10**20, 1, -10**20])")
show("math.fsum(range(1000))")
show("math.fsum([])")
show("math.fsum([-0.0])")
show("math.fsum([-0.0, -0.0])")
show("math.fsum([0.3, 0.6, 0.1, -0.3, -0.6, -0.1])")
show("math.fsum(1 / n**2 for n in range(1, 1000))")
show("math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0])")
show("math.fsum(iter([0.5, 0.25, 0.125]))")
