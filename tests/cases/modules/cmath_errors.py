import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in ["cmath.log(0)", "cmath.log10(0)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.exp(1000)",
             "cmath.exp(complex(1, inf))", "cmath.exp(complex(inf, inf))", "cmath.exp(complex(-inf, inf))",
             "cmath.cosh(1000+1j)", "cmath.sinh(complex(1, inf))", "cmath.cos(complex(inf, 1))",
             "cmath.tan(complex(inf, 1))", "cmath.tanh(complex(1, inf))", "cmath.rect(1, inf)",
             "cmath.rect(0, inf)", "cmath.polar(complex(1e308, 1e308))", "cmath.sqrt(2**2000)",
             "cmath.sqrt('a')", "cmath.sqrt(None)", "cmath.sqrt()", "cmath.sqrt(1, 2)",
             "cmath.sqrt(z=1)", "cmath.exp([1])", "cmath.rect('a', 1)", "cmath.rect(1, 2, 3)",
             "cmath.polar()", "cmath.phase(1, 2)"]:
    show(expr)
