from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=5, traps=[])
print(c.flags[Inexact], len(c.flags), list(c.flags) == list(c.traps))
print(c.flags)
print(c.divide(1, 3), c.flags[Inexact], c.flags[Rounded])
print(c.divide(0, 0), c.divide(1, 0), c.sqrt(-1), c.multiply(D('1e999999'), 10))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
c.flags[Rounded] = True
print(c.flags == {s: s is Rounded for s in c.flags}, c.flags != c.traps)
d = c.flags.copy()
print(type(d).__name__, d[Rounded], d[Inexact])
show(lambda: c.flags.__delitem__(Inexact))
show(lambda: c.flags[ValueError])
show(lambda: c.traps.__setitem__(801, 0))
show(lambda: hash(c.flags))
import collections.abc
print(isinstance(c.flags, collections.abc.MutableMapping), type(c.flags).__name__)
c.traps[Inexact] = True
print(c.traps[Inexact], c.traps)
c.clear_traps()
print(c.traps)
c.traps = {s: s in (Overflow, DivisionByZero) for s in c.traps}
print(c)