import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


inf, nan = math.inf, math.nan
show("math.isclose(1, 1.0000000001)")
show("math.isclose(1, 1.00000001)")
show("math.isclose(1, 1.1, rel_tol=0.2)")
show("math.isclose(1, 1.1, rel_tol=0.05)")
show("math.isclose(0, 1e-10)")
show("math.isclose(0, 1e-10, abs_tol=1e-9)")
show("math.isclose(0.0, -0.0)")
show("math.isclose(inf, inf)")
show("math.isclose(-inf, -inf)")
show("math.isclose(inf, -inf)")
show("math.isclose(inf, 1e308)")
show("math.isclose(nan, nan)")
show("math.isclose(1, inf, abs_tol=inf)")
show("math.isclose(1e308, 1.7e308, rel_tol=0.5)")
show("math.isclose(0.1 + 0.2, 0.3)")
show("math.isclose(10**20, 10**20 + 1)")
show("math.isclose(1, 2, rel_tol=1)")
show("math.isclose(1, 2, rel_tol=0.4999)")
show("math.isclose(1, 1, rel_tol=0, abs_tol=0)")
show("math.isclose(a=1, b=1)")
show("math.isclose(b=1, a=1.0000000001)")
show("math.isclose(1.0, 1.0 + 1e-9, rel_tol=1e-9)")
