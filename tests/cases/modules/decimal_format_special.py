from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


specs = ['', 'f', '.2f', '10.3e', '<12g', '>12', '^15.4', '=+12.2f', '012.3f', '08,.1f', '%',
         '0=10.2f', ' ', '+']
for v in ['inf', '-inf', 'nan', '-nan', 'snan', 'nan12']:
    print(v, [format(D(v), s) for s in specs])
for s in ['x', '#', '#.0f', '_f', '<>10', '.2d', 'ff', ',n', '=10.10n']:
    show(lambda: format(D('1.5'), s))
print(format(D('1234.5'), 'n'), format(D('1234.5'), '.3n'), format(D('-0.5'), 'n'))
print(format(D('1234.5'), '\n>12'), '{:>10}|{:<10}|{:^10}'.format(D(1), D(2), D(3)))
print(f'{D("3.14159"):.3f} {D("1e5"):,} {D("-42"):+08.1f} {D("0.25"):%}')
show(lambda: D(1).__format__(5))
show(lambda: D(1).__format__())