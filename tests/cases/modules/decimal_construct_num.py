from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, -5, 10**40, -10**25 - 1, True, False]:
    show(lambda: D(v))
for v in [1.5, -0.0, 0.1, 1e300, 5e-324, -2.5e-10, float('inf'), float('-inf'), float('nan')]:
    show(lambda: D(v))
show(lambda: D())
show(lambda: D(D('1.50')))
show(lambda: D(value='3'))
show(lambda: D('1.5', getcontext()))
show(lambda: D('1.5', 5))
show(lambda: D(object()))
show(lambda: D(None))
show(lambda: D(1j))
show(lambda: D(1, 2, 3))
show(lambda: D.from_float(0.25))
show(lambda: D.from_float(-3))
show(lambda: D.from_float(float('-inf')))
show(lambda: D.from_float('x'))
show(lambda: D.from_float())