from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '1.000', '1e5', '1E-7', '-1.23e+20', '  12.5  ', '.5', '5.', '0e10',
          '123456789012345678901234567890.5', '1e-1000000', '+7', '-.25e-3']:
    show(lambda: D(s))
for s in ['inf', '-Infinity', 'INF', 'nan', 'NaN', 'sNaN123', '-nan7', 'snan', '-sNaN0']:
    show(lambda: D(s))
for s in ['1_000.5', '_1', '1_', '1__0', '1e_5', 'in_f', '٣.١٤', '\u0661\u0662']:
    show(lambda: D(s))
for s in ['abc', '', ' ', '1e', '+.e5', '1.2.3', '--1', 'infinit', 'nan1.5', '_', '1 2', '0x10']:
    show(lambda: D(s))