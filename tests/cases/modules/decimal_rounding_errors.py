from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: Context(rounding='UP'))
show(lambda: Context(rounding=1))
show(lambda: D('1.5').quantize(D(1), rounding='bad'))
show(lambda: D('1.5').to_integral(rounding=3))
c = getcontext()
show(lambda: setattr(c, 'rounding', None))
c.rounding = ROUND_FLOOR
print(c.rounding, D(-1) / 3, D(1) / 3)
c.rounding = 'ROUND_CEILING'
print(c.rounding, D(-1) / 3, D(1) / 3)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
      ROUND_HALF_EVEN, ROUND_05UP)