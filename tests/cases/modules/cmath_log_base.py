import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("cmath.log(8, 2)")
show("cmath.log(100, 10)")
show("cmath.log(1j, 1+1j)")
show("cmath.log(-1, -1)")
show("cmath.log(0, 2)")
show("cmath.log(1, 1)")
show("cmath.log(2, 0)")
show("cmath.log(2, 1)")
show("cmath.log(1j, 2j)")
show("cmath.log(10, 0.5)")
show("cmath.log(complex(inf, 1), 2)")
show("cmath.log(1, 2, 3)")
show("cmath.log()")
show("cmath.log(1, 'a')")
show("cmath.log(z=1)")
