from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['2.5', '3.5', '-0.5', '-2.5', '1.4999', '123.456', '-7.5', '0', '1e20', '99.5']:
    d = D(s)
    print(s, round(d), type(round(d)).__name__, round(d, 1), round(d, -1), round(d, 0))
for s in ['1.9', '-1.9', '-0.1', '1e20', '-12.5']:
    d = D(s)
    print(s, int(d), d.__floor__(), d.__ceil__(), d.__trunc__(), float(d))
import math
print(math.floor(D('-3.2')), math.ceil(D('-3.2')), math.trunc(D('-3.7')))
for s in ['nan', 'snan', 'inf', '-inf']:
    show(lambda: round(D(s)))
    show(lambda: int(D(s)))
    show(lambda: math.floor(D(s)))
show(lambda: round(D('1.5'), 'a'))
show(lambda: round(D('1e30'), 2))
print(float(D('nan')), float(D('-inf')), complex(D('2.5')))
show(lambda: float(D('snan')))