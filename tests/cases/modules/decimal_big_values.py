from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=50)
a = D(2) ** 200
print(a, c.plus(a), D(2 ** 200) == a, int(c.power(2, 200)) == 2 ** 200)
print(c.divide(D(10) ** 40, 7), c.sqrt(D(10) ** 99))
print(D('1e-999999') * D('1e-5'), D('9e999999') + 1)
print(int(D('1.5e40')), int(D('-123456789e25')), D(10 ** 20) // 3)
show(lambda: D(10 ** 50) // 3)
print(D(3).ln(context=c), D(7).exp(context=c), D(5).log10(context=c))
x = D('123456789.987654321') ** 7
print(x, x.adjusted())
print(D('0.1') * 3 == D('0.3'), 0.1 * 3 == 0.3, sum([D('0.1')] * 10))