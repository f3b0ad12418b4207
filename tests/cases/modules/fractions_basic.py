from fractions import Fraction as F


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(F(3, 4), F(-6, 8), F(5), F('1.25'), F('3/7'), F(' -2/4 '), F(0.5), F('1e-3'))
print(repr(F(1, 3)), F(1, 3) + F(1, 6), F(1, 3) * 3, F(2, 3) / F(4, 9), F(7, 2) // 2, F(7, 2) % 2)
print(F(1, 2) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2), F(-1, 2) ** -3, abs(F(-3, 4)), -F(1, 5))
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2, 4) == F(1, 2), F(3) == 3)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), float(F(1, 8)), int(F(-7, 2)))
print(F(355, 113).limit_denominator(10), F(3.141592653589793).limit_denominator(1000))
print(F(7, 3).numerator, F(7, 3).denominator, F(6, 4).as_integer_ratio())
print(round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1), round(F(-5, 2)))
import math
print(math.floor(F(-7, 3)), math.ceil(F(-7, 3)), math.trunc(F(-7, 3)))
print(sum([F(1, n) for n in range(1, 6)]), F(1, 3).conjugate(), F(1, 3).real, F(1, 3).imag)
print(F.from_float(0.1), F.from_decimal(__import__('decimal').Decimal('0.1')))
print(format(F(1, 3), '') if hasattr(F, '__format__') else '', str(F(10, 5)))
show(lambda: F(1, 0))
show(lambda: F('abc'))
show(lambda: F(1.5, 2))
show(lambda: F(float('nan')))
show(lambda: F(float('inf')))
show(lambda: F(1, 2) + 'x')
