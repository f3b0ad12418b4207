from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p in [1, 5, 12, 28, 40]:
    c = Context(prec=p, traps=[])
    for x in ['2', '0.5', '10', '1e-10', '123.456', '-1', '0.999', '1', '0', 'inf', '-inf']:
        print(p, x, c.exp(D(x)), c.ln(D(x)), c.log10(D(x)))
print(D(1).exp(), D(10).ln(), D(2).log10(), D(100).log10(), D('0.001').log10())
print(D(0).ln() if False else 'skip', Context(traps=[]).ln(D(0)), Context(traps=[]).ln(D(-1)))
print(D('1e-1000').exp(), D(-1000).exp(), D(1000).exp())
show(lambda: D(-1).ln())
show(lambda: D(0).log10())