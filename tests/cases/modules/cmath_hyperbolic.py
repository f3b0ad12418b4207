import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for f in ["sinh", "cosh", "tanh"]:
    for z in ["0", "1", "1j", "1+1j", "-2+0.5j", "complex(0.0, -0.0)", "complex(-0.0, 0.0)", "3-4j",
              "800+1j", "-800+1j", "710+0.5j", "-710.5+0.25j"]:
        show(f"cmath.{f}({z})")
show("cmath.cosh(1000+1j)")
show("cmath.sinh(-711+2j)")
