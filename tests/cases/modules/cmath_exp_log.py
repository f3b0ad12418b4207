import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for z in ["0", "1", "1j", "-1", "1+1j", "cmath.pi * 1j", "-1000", "709+1j", "710", "711+1j", "-2-3j",
          "complex(0.0, -0.0)", "0.5-2j"]:
    show(f"cmath.exp({z})")
for z in ["1", "-1", "1j", "-1j", "complex(-1, -0.0)", "10", "1+1j", "0", "complex(-0.0, 0.0)",
          "1e-300+1e-300j", "1e308+1e308j", "0.999+0.001j", "0.6+0.8j", "1e-320", "2**1000"]:
    show(f"cmath.log({z})")
    show(f"cmath.log10({z})")
