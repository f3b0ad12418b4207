from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = D('1.5'), D('0.25')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a))
print(a + 1, 1 + a, 3 - a, a * 2, 2 * a, 1 / a, 7 // a, 7 % a, divmod(7, a), 2 ** D(3))
print(D('7') // 2, D('-7') // 2, D('7') % -2, D('-7') % 2, divmod(D('-7'), 2))
print(D('1.30') + D('1.20'), D('1.30') * D('1.20'), D('3.000') / 3, D('1e2') + D('1'))
print(D(1) / 3, D(2) / 3, D(1) / 8, D('1e30') + D('1e-30'))
print(D(10) ** -2, D(2) ** 100, D('0.5') ** 3, D(4) ** D('0.5'))
show(lambda: D(1) + 1.5)
show(lambda: 1.5 * D(1))
show(lambda: D(1) + 'a')
show(lambda: D(1) + None)
show(lambda: D(1) & D(1))
x = D(5)
x += 1
x *= D('1.1')
x -= 2
x /= 4
print(x)