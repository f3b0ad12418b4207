import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.log(8, 2)")
show("math.log(100, 10)")
show("math.log(1000, 10)")
show("math.log(0.5, 2)")
show("math.log(2, 0.5)")
show("math.log(10, 1)")
show("math.log(10, 0)")
show("math.log(0, 10)")
show("math.log(10, -2)")
show("math.log(1, 1)")
show("math.log(math.inf, 2)")
show("math.log(2, math.inf)")
show("math.log(9, 3.0)")
show("math.log()")
show("math.log(1, 2, 3)")
show("math.log(x=1)")
show("math.log('a')")
show("math.log(2, 'b')")
