from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for s in ['1e-10', '1e-11', '1.2345e-12', '1e-15', '1e-16', '9.9999e10', '1e11', '0e-20',
          '0e20', '123.45e8', '-1.5e-14']:
    c.clear_flags()
    r = c.plus(D(s))
    print(s, r, r.is_subnormal(c), r.number_class(c),
          sorted(k.__name__ for k, v in c.flags.items() if v))
c.clamp = 1
for s in ['1e10', '1.2e10', '123e7', '0e20', '1e6']:
    c.clear_flags()
    print(s, c.plus(D(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
print(c.next_plus(D('9.9999e10')), c.next_minus(D('-9.9999e10')), c.next_plus(D(0)),
      c.next_minus(D(0)), c.next_toward(D(1), D(2)), c.next_toward(D('1e-14'), D(0)))
print(sorted(k.__name__ for k, v in c.flags.items() if v))