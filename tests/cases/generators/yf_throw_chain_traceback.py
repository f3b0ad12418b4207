def sub():
    yield 1
def mid():
    yield from sub()
def top():
    yield from mid()
g = top()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
