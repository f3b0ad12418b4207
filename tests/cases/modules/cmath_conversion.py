import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j


class BadC:
    def __complex__(self):
        return 3


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 9


class MyComplex(complex):
    pass


class FloatAndComplex(float):
    def __complex__(self):
        return 1j


for x in ["C()", "BadC()", "F()", "I()", "MyComplex(1, 1)", "FloatAndComplex(4.0)", "4", "True",
          "2.25", "-4.0"]:
    show(f"cmath.sqrt({x})")
show("cmath.phase(C())")
show("cmath.polar(C())")
show("cmath.rect(2, F())")
show("cmath.rect(I(), 0)")
show("cmath.isclose(C(), 3 + 4j)")
show("cmath.log(C(), I())")
