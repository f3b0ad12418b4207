import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for z in ["-1", "4", "2", "-4", "1j", "-1j", "3+4j", "-3-4j", "complex(-1, 0.0)", "complex(-1, -0.0)",
          "0j", "complex(-0.0, 0.0)", "complex(0.0, -0.0)", "complex(-0.0, -0.0)", "1e-310j",
          "5e-324+5e-324j", "1e308+1e308j", "-1e308", "0.5+0.5j", "2**1000"]:
    show(f"cmath.sqrt({z})")
