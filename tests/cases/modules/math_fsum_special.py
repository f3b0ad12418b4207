import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf, nan = math.inf, math.nan
show("math.fsum([inf, 1.0])")
show("math.fsum([-inf, 1.0, 1e308])")
show("math.fsum([inf, inf])")
show("math.fsum([inf, -inf])")
show("math.fsum([nan, 1.0])")
show("math.fsum([nan, inf])")
show("math.fsum([inf, nan, -inf])")
show("math.fsum([1e308, 1e308])")
show("math.fsum([1e308, 1e308, -1e308])")
show("math.fsum([-inf, 1e308, 1e308])")
show("math.fsum([1, 'a'])")
show("math.fsum(1)")
show("math.fsum()")
show("math.fsum([1], 2)")
show("math.fsum([1 + 2j])")
show("math.fsum([10**400])")


def gen():
    yield 1.0
    raise KeyError("boom")


show("math.fsum(gen())")
