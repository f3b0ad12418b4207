print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 10), pow(2.0, -1), pow(-2, 0.5) == (-2) ** 0.5, pow(7, -1, 11), pow(base=2, exp=5), pow(2, 5, mod=7))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2**70)))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
