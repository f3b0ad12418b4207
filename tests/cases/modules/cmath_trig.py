import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["sin", "cos", "tan"]:
    for z in ["0", "1", "1j", "1+1j", "-2+0.5j", "complex(0.0, -0.0)", "complex(-0.0, 0.0)", "3-4j",
              "1+800j", "1-800j", "cmath.pi / 4"]:
        show(f"cmath.{f}({z})")
show("cmath.sin(1+1000j)")
show("cmath.cos(1000j)")
