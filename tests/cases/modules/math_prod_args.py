import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


show("math.prod()")
show("math.prod([1], 2)")
show("math.prod(start=1)")
show("math.prod(iterable=[1])")
show("math.prod([1], start=2, x=3)")
show("math.prod([1], x=3)")
show("math.prod([1, 2], start=None)")
show("math.prod([1, 2, 3], **{'start': 10})")
