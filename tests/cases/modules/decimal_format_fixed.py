from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


specs = ['', 'f', 'F', '.2f', ',.2f', '.0f', '10.3f', '<12f', '>12.1f', '^15.4f', '=+12.2f',
         '012.3f', '08,.1f', ' .2f', '+.3f', '-.1f', 'z.1f', '*^20,.3f', '0=10.2f', '0<10']
for v in ['0', '-0', '1234567.891', '-0.000123', '1e20', '-1.5e-10', '123', '0.5', '100', '1E+2',
          '0.00', '-0.01', '9.995', '-9.995']:
    print(v, [format(D(v), s) for s in specs])