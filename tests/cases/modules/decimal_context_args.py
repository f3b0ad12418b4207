from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context()
show(lambda: c.abs())
show(lambda: c.abs(1, 2))
show(lambda: c.add(1))
show(lambda: c.add(1, 2, 3))
show(lambda: c.fma(1, 2))
show(lambda: c.power(1))
show(lambda: c.radix(1))
show(lambda: c.copy(1))
show(lambda: c.add(1, 1.5))
show(lambda: c.add('1', 2))
show(lambda: c.sqrt(1.5))
show(lambda: c.canonical(200))
show(lambda: c.is_canonical(200))
show(lambda: c.divmod(9, 8, 'x'))
show(lambda: c.abs(x=1))
print(c.add(True, 2), c.multiply(2**70, 3), c.canonical(D(200)), c.is_canonical(D(2)))
show(lambda: c.create_decimal_from_float())
show(lambda: c.clear_flags(1))