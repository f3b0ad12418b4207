import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.dist((1, 2), (4, 6))")
show("math.dist([1.5], [0.25])")
show("math.dist((), ())")
show("math.dist((1.0, 2.0, 3.0), (4.0, 6.0, 8.0))")
show("math.dist((1e308,), (-1e308,))")
show("math.dist((1e308, 1e308), (0, 0))")
show("math.dist(iter([1, 2]), iter([3, 4]))")
show("math.dist(range(5), range(5, 10))")
show("math.dist((math.inf, 1), (1, 1))")
show("math.dist((math.nan, 1), (1, 1))")
show("math.dist((math.nan, math.inf), (1, 1))")
show("math.dist((0.1, 0.2, 0.3), (0.4, 0.5, 0.6))")
show("math.dist([1], [1, 2])")
show("math.dist(1, 2)")
show("math.dist([1])")
show("math.dist(['a'], [1])")
show("math.dist(p=[1], q=[2])")
