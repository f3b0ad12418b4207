import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.ceil()", "math.trunc(1, 2)",
             "math.factorial()", "math.isqrt()", "math.fsum()", "math.frexp()", "math.atan2(1)",
             "math.atan2(1, 2, 3)", "math.copysign(1)", "math.pow(1)", "math.fmod(1)",
             "math.remainder(1)", "math.ldexp(1)", "math.nextafter(1)", "math.dist(1)",
             "math.comb(1)", "math.perm()", "math.perm(1, 2, 3)", "math.log()", "math.log(1, 2, 3)",
             "math.log(1, base=2)", "math.gcd(a=1)", "math.lcm(a=1)", "math.hypot(x=1)",
             "math.atan2(y=1, x=2)", "math.ulp()", "math.isclose()"]:
    show(expr)
