from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


getcontext().traps[InvalidOperation] = False
pairs = [('1', '2'), ('2', '-1'), ('1.0', '1'), ('-0', '0'), ('nan', '1'), ('1', 'snan'),
         ('inf', '5'), ('-3', '2'), ('101', '110'), ('1e5', '3'), ('12345', '-2')]
for name in ['copy_sign', 'same_quantum', 'next_toward', 'remainder_near', 'logical_and',
             'logical_or', 'logical_xor', 'rotate', 'shift', 'scaleb']:
    print(name, [str(getattr(D(a), name)(D(b))) for a, b in pairs])
print(D(2).fma(3, 4), D('inf').fma(0, 1), D(1).fma(2, D('snan')), D('nan').fma(1, D('snan')),
      D('1e30').fma(D('1e30'), D(-1)), D(2).fma(D('0.5'), D('-1'), context=Context(prec=2)))
show(lambda: D(1).fma(1))
show(lambda: D(1).copy_sign())
show(lambda: D(1).scaleb('x'))
print(D(10).remainder_near(3), D(11).remainder_near(3), D(-10).remainder_near(D('6')))