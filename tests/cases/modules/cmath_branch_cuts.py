import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


cuts = [("sqrt", [-2.0]), ("log", [-2.0]), ("acos", [-2.0, 2.0]), ("asin", [-2.0, 2.0]),
        ("acosh", [0.5, -2.0]), ("atanh", [-2.0, 2.0])]
for name, xs in cuts:
    for x in xs:
        show(f"cmath.{name}(complex({x}, 0.0))")
        show(f"cmath.{name}(complex({x}, -0.0))")
for name, ys in [("atan", [2.0, -2.0]), ("asinh", [2.0, -2.0])]:
    for y in ys:
        show(f"cmath.{name}(complex(0.0, {y}))")
        show(f"cmath.{name}(complex(-0.0, {y}))")
