from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=3, Emin=-5, Emax=5, traps=[])
tests = [('multiply', '1e-5', '0.01'), ('multiply', '9.99e5', '10'), ('add', '1.234e-7', '0'),
         ('multiply', '1e-5', '1e-5'), ('divide', '1', '3e7'), ('add', '999e3', '1e3'),
         ('multiply', '-9.99e5', '10'), ('plus', '1.2345e-6', None), ('plus', '123e3', None)]
for op, a, b in tests:
    for r in [ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
        c.rounding = r
        c.clear_flags()
        res = getattr(c, op)(D(a), D(b)) if b else getattr(c, op)(D(a))
        print(op, a, b, r, res, sorted(k.__name__ for k, v in c.flags.items() if v))
c2 = Context(prec=3, Emax=5, clamp=1, traps=[])
print(c2.create_decimal('1e5'), c2.create_decimal('1.1e3'), c2.create_decimal('0e10'), c2.flags)
print(c.Etiny(), c.Etop(), c2.Etop())
print(c.is_subnormal(D('1e-6')), c.is_normal(D('1e-6')), D('1e-6').is_subnormal(c))