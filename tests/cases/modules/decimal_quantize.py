from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v, q in [('1.2345', '0.01'), ('1.2355', '0.001'), ('7', '1e-3'), ('-0.5', '1'), ('123', '1e1'),
             ('1e5', '1'), ('0', '1e-5'), ('-0', '1e2'), ('inf', 'inf'), ('0.0001', '1e-2'),
             ('9.999', '0.01'), ('1e-10', '0.1')]:
    print(v, q, D(v).quantize(D(q)), D(v).quantize(D(q), rounding=ROUND_DOWN),
          D(v).quantize(D(q), ROUND_UP))
c = Context(prec=5, traps=[])
for v, q in [('123456', '1'), ('1.5', 'inf'), ('inf', '1'), ('nan', '1'), ('1', 'snan'),
             ('1', '1e-30'), ('1e30', '1')]:
    print(v, q, c.quantize(D(v), D(q)))
print(sorted(k.__name__ for k, v in c.flags.items() if v))
show(lambda: D('123456789012345678901234567890').quantize(D('0.1')))
show(lambda: D(1).quantize(1.5))
show(lambda: D(1).quantize())
show(lambda: D(1).quantize(D(1), context=5))
print(D('1.50').same_quantum(D('2.00')), D('1.5').same_quantum(D('1.50')),
      D('inf').same_quantum(D('-inf')), D('nan').same_quantum(D('snan')))