from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 0), (0, (), 'F'), (1, (4, 2), 'n'),
          [0, [1], 'N'], (1, (0, 0, 7), 3), (0, [9, 9], -1)]:
    show(lambda: D(t))
for t in [(2, (1,), 0), (True, (1,), 0), (0, (1, 10), 0), (0, (1, -1), 0), (0, (1,), 'x'),
          (0, (1,), 1.5), (1, 2), (0, '12', 0), (0, (1.0,), 0), [0, (1,), None]]:
    show(lambda: D(t))
print(D((1, (3, 1, 4), -2)).as_tuple())
print(D('-0.00').as_tuple(), D('inf').as_tuple(), D('nan').as_tuple(), D('-sNaN12').as_tuple())
t = D('12.5').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__, type(t).__module__)
print(D(t) == D('12.5'))