from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context()
c.prec = 7
c.rounding = ROUND_HALF_UP
c.Emax = 99
c.Emin = -99
c.capitals = 0
c.clamp = 1
print(c.prec, c.rounding, c.Emax, c.Emin, c.Etiny(), c.Etop(), c.capitals, c.clamp)
print(c)
for attr, v in [('prec', 0), ('prec', 'x'), ('prec', 10**18), ('prec', 2**63), ('Emin', 5),
                ('Emin', (1, 2)), ('Emax', -1), ('capitals', 2), ('clamp', -1),
                ('clamp', [1]), ('flags', []), ('flags', {}), ('traps', {'x': 1}),
                ('emax', 1), ('prec', 1.5)]:
    show(lambda: setattr(c, attr, v))
for attr in ['prec', 'flags', 'rounding']:
    show(lambda: delattr(c, attr))
show(lambda: getattr(c, 'foo'))
print(c.prec, c.Emin)
d = c.copy()
d.prec = 3
print(c.prec, d.prec, type(d).__name__)
import copy
print(copy.copy(c).prec, copy.deepcopy(c).Emax)
print(c.__reduce__())