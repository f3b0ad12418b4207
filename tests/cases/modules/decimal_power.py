from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p in [3, 9, 28]:
    c = Context(prec=p, traps=[])
    print(p, [str(c.power(D(a), D(b))) for a, b in [
        ('2', '0.5'), ('2', '-3'), ('10', '-2'), ('4', '0.5'), ('0.5', '3.3'), ('1.1', '100'),
        ('-2', '3'), ('16', '0.25'), ('8', '-0.3333'), ('1', '1e9'), ('1.000', '3'),
        ('9', '1.5'), ('7', '7'), ('-8', '0.5'), ('0', '-1'), ('-0', '-3'), ('inf', '-2'),
        ('2', 'inf'), ('0.5', 'inf'), ('1', 'inf'), ('0', '0'), ('25', '-0.5')]])
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
print(pow(D(3), 4, 7), pow(D(-3), 3, 7), pow(D(2), 10, D(1000)), pow(D('13.0'), D('117.00'), 100))
c = Context(traps=[])
print(c.power(3, 4, 5), c.power(2, D('0.5')), c.power(a=2, b=3), c.power(1, D('-0'), 1))
print(c.power(D('2.5'), 2, 7), c.power(2, -1, 7), c.power(0, 0, 3), c.power(2, 3, 0))
show(lambda: pow(D(2), 3, 'x'))
show(lambda: pow(D(2), D('0.5'), 7))