import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in ["math.exp(1000)", "math.exp(709.8)", "math.expm1(710)", "math.cosh(1000)",
             "math.sinh(-1000)", "math.sinh(710.4)", "math.sinh(710.5)", "math.exp2(1024)", "math.pow(10, 1000)",
             "math.pow(-10, 1001)", "math.ldexp(1, 1024)", "math.ldexp(1.5, 10**30)", "math.gamma(172)",
             "math.gamma(1e-320)", "math.lgamma(1e308)", "math.fsum([1e308, 1e308])",
             "math.hypot(1e308, 1e308, 1e308)", "math.dist([1e308, 0], [-1e308, 0])",
             "math.exp(-1000)", "math.pow(10, -1000)", "math.ldexp(1, -5000)", "math.expm1(-1000)",
             "math.ceil(math.inf)", "math.floor(-math.inf)", "math.trunc(math.nan)", "math.sqrt(10**400)"]:
    show(expr)
