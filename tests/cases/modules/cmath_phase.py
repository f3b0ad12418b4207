import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for z in ["1", "-1", "1j", "-1j", "1+1j", "-1-1j", "complex(-1, 0.0)", "complex(-1, -0.0)", "0",
          "complex(-0.0, 0.0)", "complex(-0.0, -0.0)", "complex(inf, inf)", "complex(-inf, inf)",
          "complex(inf, -inf)", "complex(-inf, 1)", "complex(1, inf)", "complex(nan, 1)", "-2.5", "True"]:
    show(f"cmath.phase({z})")
show("cmath.phase('x')")
show("cmath.phase()")
show("cmath.phase(complex(2.0535552842148533e+187, 1.178895005437632e-200))")
show("cmath.phase(complex(1e200, -1e-200))")
show("cmath.phase(complex(1e200, 0.0))")
show("cmath.phase(complex(-1e200, 1e-200))")
