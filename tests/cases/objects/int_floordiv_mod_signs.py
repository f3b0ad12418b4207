for a in (7, -7, 0, 2**70, -(2**70)):
    for b in (2, -2, 3, -3, 2**65):
        print(a, b, a // b, a % b, divmod(a, b))
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
