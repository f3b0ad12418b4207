from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['12.3400', '1e-3', '0', '5e3', '-0.75', '3.14159', '1e-30', '-7', '0.5e1', '1024e-10']:
    print(s, D(s).as_integer_ratio())
show(lambda: D('inf').as_integer_ratio())
show(lambda: D('nan').as_integer_ratio())
from fractions import Fraction
print(Fraction(D('0.75')), Fraction(D('-1.25e-3')), Fraction.from_decimal(D('2.5')))
show(lambda: Fraction(D('nan')))
show(lambda: Fraction(D('inf')))
for s in ['1.1', '-0.0', '3e2']:
    n, d = D(s).as_integer_ratio()
    print(D(n) / D(d) == D(s), n, d)