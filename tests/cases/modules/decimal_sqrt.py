from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p in [1, 5, 12, 28, 50]:
    c = Context(prec=p, traps=[])
    print(p, [str(c.sqrt(D(x))) for x in ['2', '4', '0.25', '1e-10', '123.456', '-1', '0',
                                             '-0', '1e100', 'inf', '100', '0.01', '1.00']])
print(D(16).sqrt(), D('1.44').sqrt(), D('0.0009').sqrt(), D('2').sqrt(context=Context(prec=3)))
c = Context(prec=9, traps=[])
print(c.sqrt(D('2')), sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
print(c.sqrt(D('4.00')), sorted(k.__name__ for k, v in c.flags.items() if v))
show(lambda: D(-4).sqrt())