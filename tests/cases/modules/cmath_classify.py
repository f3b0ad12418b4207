import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for z in ["1+1j", "complex(1, inf)", "complex(-inf, 0)", "complex(nan, inf)", "complex(1, nan)",
          "complex(nan, nan)", "0j", "5", "2.5", "True", "10**400"]:
    show(f"(cmath.isfinite({z}), cmath.isinf({z}), cmath.isnan({z}))")
show("cmath.isnan('a')")
show("cmath.isinf()")
