from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=3)
for v in ['456789', '1.23456', 45678, -999, '0E-017', '-Inf', 'NaN123', (1, (4, 3, 4, 9), -5),
          D(500000123), 0.1, 2**70]:
    show(lambda: c.create_decimal(v))
show(lambda: c.create_decimal())
show(lambda: c.create_decimal('xyz'))
show(lambda: c.create_decimal(' 1234'))
show(lambda: c.create_decimal('12_34'))
show(lambda: c.create_decimal('3.14\n'))
show(lambda: c.create_decimal('NaN12345'))
show(lambda: c.create_decimal(D('NaN12345')))
show(lambda: c.create_decimal(None))
show(lambda: c.create_decimal('1', '2'))
print(c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation])
c.traps[InvalidOperation] = False
show(lambda: c.create_decimal('NaN12345'))
show(lambda: c.create_decimal('junk'))
print(c.flags[InvalidOperation])
show(lambda: c.create_decimal_from_float(0.1))
show(lambda: c.create_decimal_from_float(12345))
show(lambda: c.create_decimal_from_float('x'))
c.traps[Rounded] = True
show(lambda: c.create_decimal(1234))