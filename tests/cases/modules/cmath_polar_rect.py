import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for z in ["1", "-1", "1j", "-1j", "1+1j", "3-4j", "complex(-1, -0.0)", "0", "complex(-0.0, 0.0)",
          "complex(inf, nan)", "complex(nan, inf)", "complex(nan, 1)", "complex(-inf, -inf)",
          "complex(1e308, 1e308)", "5"]:
    show(f"cmath.polar({z})")
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for r in specials:
    out = []
    for phi in specials:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except Exception as e:
            out.append(type(e).__name__)
    print("rect", repr(r), " ".join(out))
for args in ["1, 0", "2, cmath.pi / 2", "1, -0.0", "-1, 0.0", "3, 1", "1, cmath.pi"]:
    show(f"cmath.rect({args})")
show("cmath.rect(1)")
show("cmath.rect(1j, 1)")
r, phi = cmath.polar(3 + 4j)
show("cmath.rect(r, phi)")
show("cmath.polar(2.7199982671456464-2.902924512825188j)")
show("cmath.polar(complex(1e200, -1e-200))")
show("cmath.log(complex(1e200, -1e-200))")
show("cmath.sqrt(2.7199982671456464-2.902924512825188j)")
