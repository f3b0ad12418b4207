import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    for z in ["0", "0.5", "2", "-2", "1j", "1+1j", "-1-2j", "complex(0.0, -0.0)", "1e300+1e300j",
              "1e-300j", "0.25-0.75j"]:
        show(f"cmath.{f}({z})")
show("cmath.atanh(1)")
show("cmath.atanh(-1)")
show("cmath.atan(1j)")
show("cmath.atanh(complex(1, 1e-200))")
show("cmath.atanh(1e200)")
