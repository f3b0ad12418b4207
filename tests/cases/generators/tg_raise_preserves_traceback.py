def f():
    try:
        yield
    except:
        raise
g = f()
next(g)
try:
    1 / 0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = 0
while tb:
    levels += 1
    tb = tb.tb_next
print(levels)
