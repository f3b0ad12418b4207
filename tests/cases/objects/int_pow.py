print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 10 ** 20, (-1) ** (2**70))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -3, 13), pow(10**30, 10**20, 97))
print(pow(5, 0, 1), pow(0, 0, 7), pow(3, 1, -7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(2 ** -1).__name__, 4 ** 0.5, (-8) ** (1/3) == (-8) ** (1/3))
