from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


from fractions import Fraction
print(D('1.5') == 1.5, D('0.1') == 0.1, D('0.5') < 0.6, D(2) > 1.5, D('nan') == float('nan'))
print(D(1) == Fraction(1), D('0.5') < Fraction(2, 3), D('0.25') == Fraction(1, 4),
      D('0.3') == Fraction(3, 10), D('-0.75') <= Fraction(-3, 4), D('inf') > Fraction(10**30))
print(D(2) == complex(2, 0), D(2) == complex(2, 1), D(2) != complex(2, 1))
show(lambda: D(2) < complex(2, 0))
print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
getcontext().traps[FloatOperation] = True
show(lambda: D(1) < 0.5)
show(lambda: D(1) == 0.5)
show(lambda: D(0.5))
show(lambda: D.from_float(0.5))
show(lambda: getcontext().create_decimal(0.5))
show(lambda: getcontext().create_decimal_from_float(0.5))
print(getcontext().flags[FloatOperation])