from fractions import Fraction as F
from decimal import Decimal as D, localcontext
import decimal
print(F(D('0.75')), F(D('-1.5e-3')), F(D('12e3')), F(D(7)))
print(F(1, 4) == D('0.25'), D('0.25') == F(1, 4), F(1, 3) < D('0.34'), D('0.3') > F(1, 3))
print(F(1, 2) + 1, 1.5 + F(1, 2), F(1, 2) * 0.5, complex(1, 1) * F(1, 2))
try:
    F(1, 2) + D('0.5')
except TypeError as e:
    print('TypeError', e)
try:
    D('0.5') + F(1, 2)
except TypeError as e:
    print('TypeError', e)
for s in ['nan', 'inf', '-inf', 'snan']:
    try:
        print(F(D(s)))
    except Exception as e:
        print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(F(1, 3).numerator) / F(1, 3).denominator)
print(sorted([F(1, 3), D('0.3'), 0.35, 1, D('-1')]))
print(max(F(2, 3), D('0.66')), min(F(2, 3), D('0.67')))
print(F(*D('-3.75').as_integer_ratio()), F(D('1.10')) == F(11, 10))
print(isinstance(D(1), decimal.Decimal), hash(F(1, 10)) == hash(D('0.1')))
