from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


specs = ['e', 'E', '.0e', '.2e', '10.3e', '<12E', '+.1e', 'g', 'G', '.3g', '.1g', '.0g', '10g',
         '', '.3', '.10', '%', '.1%', '.0%', '>8%', ',', ',g', ',.2e']
for v in ['0', '-0', '1234567.891', '-0.000123', '1e20', '-1.5e-10', '123', '0.5', '100', '1E+2',
          '0.00', '1e-7', '0.0000012345', '123456789']:
    print(v, [format(D(v), s) for s in specs])