from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p in [1, 2, 5, 9, 28, 40]:
    c = Context(prec=p)
    print(p, c.divide(1, 7), c.add(D('123456789.123456789'), 1), c.multiply(D('1.1'), D('1.1')),
          c.plus(D('9' * 45)), c.subtract(D('1e' + str(p)), D('0.5')))
c = Context(prec=3)
print(c.add(D('999'), 1), c.add(D('0.9995'), 0), c.multiply(333, 3), c.divide(2, 3))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(3), D('1.23456789') + 0, +D('1.23456789'), D('1.23456789'))
    ctx.prec = 50
    print(D(2).sqrt())
print(D(1) / D(3))