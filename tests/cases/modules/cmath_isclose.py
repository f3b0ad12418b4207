import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("cmath.isclose(1+1j, 1+1.0000000001j)")
show("cmath.isclose(1+1j, 1+1.00001j)")
show("cmath.isclose(1, 1.5, abs_tol=0.6)")
show("cmath.isclose(1, 1.5, rel_tol=0.5)")
show("cmath.isclose(complex(inf, 1), complex(inf, 1))")
show("cmath.isclose(complex(inf, 1), complex(inf, 2))")
show("cmath.isclose(nan, nan)")
show("cmath.isclose(complex(1, nan), complex(1, nan))")
show("cmath.isclose(1e-10j, 0)")
show("cmath.isclose(1e-10j, 0, abs_tol=1e-9)")
show("cmath.isclose(a=1j, b=1j)")
show("cmath.isclose(1j, 2j, rel_tol=-1)")
show("cmath.isclose(1j, 2j, abs_tol=-1)")
show("cmath.isclose(1)")
show("cmath.isclose(1, 2, 3)")
show("cmath.isclose(1, b=2, a=3)")
show("cmath.isclose(1, 2, foo=3)")
show("cmath.isclose('a', 1)")
show("cmath.isclose(1, 1, rel_tol=1j)")
