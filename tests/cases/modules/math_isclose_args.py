import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.isclose(1, 2, rel_tol=-1)")
show("math.isclose(1, 2, abs_tol=-1)")
show("math.isclose(1, 2, rel_tol=-0.0)")
show("math.isclose(1, 2, 3)")
show("math.isclose(1)")
show("math.isclose()")
show("math.isclose(b=1)")
show("math.isclose(1, b=2, a=3)")
show("math.isclose(1, 1, foo=2)")
show("math.isclose(1, foo=2)")
show("math.isclose(1, 2, rel_tol=1, abs_tol=1, x=1)")
show("math.isclose(rel_tol=1, abs_tol=1, x=1, y=2, z=3)")
show("math.isclose(1, 1, rel_tol='a')")
show("math.isclose('a', 1)")
show("math.isclose(1, None)")
show("math.isclose(1, 1, rel_tol=None)")
show("math.isclose(1, 1, abs_tol=math.nan)")
show("math.isclose(1, 1.5, rel_tol=math.nan)")
