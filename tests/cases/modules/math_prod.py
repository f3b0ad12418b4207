import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.prod([1, 2, 3, 4])")
show("math.prod([])")
show("math.prod([], start=5)")
show("math.prod([2, 3], start=2)")
show("math.prod(range(1, 21))")
show("math.prod(range(1, 30))")
show("math.prod([2.0, 3])")
show("math.prod([2, 3.5])")
show("math.prod([1j, 1j])")
show("math.prod([3], start='ab')")
show("math.prod(['ab', 3])")
show("math.prod([], start='s')")
show("math.prod([2**40, 2**40, 2**40])")
show("math.prod([True, True])")
show("math.prod(x for x in [1.5, 2.5])")
show("math.prod([[1], 2])")
show("math.prod([1, 'a', 'b'])")
show("math.prod(1)")
show("math.prod([2, None])")
show("math.prod([10**20, 0])")
