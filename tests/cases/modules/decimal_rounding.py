from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
nums = ['1.2345', '-1.2345', '1.2355', '2.5', '-2.5', '0.05', '1.0501', '9.9999', '-0.00001',
        '12345.6789', '1.15', '1.25', '-1.15', '1.0', '1.01', '1.51']
for m in modes:
    c = Context(prec=3, rounding=m)
    print(m)
    print(' ', [str(c.plus(D(n))) for n in nums])
    print(' ', [str(D(n).quantize(D('0.1'), rounding=m)) for n in nums])
    print(' ', [str(D(n).to_integral_value(rounding=m)) for n in nums])
    print(' ', [str(c.divide(D(1), D(n))) for n in nums])