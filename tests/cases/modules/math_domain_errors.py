import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(-math.inf)",
             "math.acos(2)", "math.asin(-1.5)", "math.acosh(0)", "math.atanh(1)", "math.atanh(-1)",
             "math.atanh(2)", "math.log1p(-1)", "math.log1p(-2)", "math.sin(math.inf)",
             "math.cos(-math.inf)", "math.tan(math.inf)", "math.fmod(math.inf, 1)", "math.fmod(1, 0)",
             "math.remainder(1, 0)", "math.remainder(math.inf, 2)", "math.pow(0, -1)",
             "math.pow(-8, 1 / 3)", "math.gamma(0)", "math.gamma(-3)", "math.lgamma(-3)",
             "math.log2(0)", "math.log10(-10)", "math.log(-(10**400))", "math.log2(0.0)"]:
    show(expr)
