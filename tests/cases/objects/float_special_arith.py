inf = float('inf'); nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, nan + 1)
print(nan == nan, nan != nan, nan < 1, inf == inf, -0.0 == 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(inf > 1e308, 1e308 * 10, -1e308 * 10)
print(2.0 ** 0.5, 2 ** 0.5, (-2.0) ** 2, 0.0 ** 0)
print(round(((-8.0) ** 0.5).imag, 6))
print(type((-8.0) ** 0.5).__name__)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(1e-320 / 10, 5e-324 / 2)
