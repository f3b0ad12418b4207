import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class Rounder:
    def __ceil__(self):
        return "ceil called"

    def __floor__(self):
        return "floor called"

    def __trunc__(self):
        return "trunc called"


class FloatLike:
    def __float__(self):
        return 2.5


class IndexLike:
    def __index__(self):
        return 7


class MyFloat(float):
    def __floor__(self):
        return "MyFloat floor"


class BadFloat:
    def __float__(self):
        return 1


for f in ["ceil", "floor", "trunc"]:
    for x in ["Rounder()", "FloatLike()", "IndexLike()", "MyFloat(2.5)", "BadFloat()"]:
        show(f"math.{f}({x})")
for f in ["sqrt", "exp", "log", "fabs", "isfinite", "frexp", "modf"]:
    for x in ["FloatLike()", "IndexLike()", "MyFloat(4.0)", "BadFloat()"]:
        show(f"math.{f}({x})")
show("math.factorial(IndexLike())")
show("math.isqrt(IndexLike())")
show("math.gcd(IndexLike(), 21)")
show("math.factorial(FloatLike())")
show("math.ldexp(1.0, IndexLike())")
show("math.ldexp(FloatLike(), 2)")


class MyInt(int):
    def __float__(self):
        return 9.0


class PlainInt(int):
    pass


show("math.sqrt(MyInt(4))")
show("math.fsum([MyInt(4), 1])")
show("math.hypot(MyInt(4))")
show("math.log(MyInt(4))")
show("math.sqrt(PlainInt(16))")
show("math.exp(PlainInt(0))")
show("math.floor(MyInt(4))")
