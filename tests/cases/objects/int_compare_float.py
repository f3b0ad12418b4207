print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 2**53 == 2.0**53)
print(1 < 1.5 < 2, -1 > -1.5, 10**20 == 1e20, 10**23 == 1e23)
print(float('inf') > 10**400, float('-inf') < -(10**400), float('nan') == 0)
print(max(1, 2.0, 3), min(3, 2.0, 1.5), max(2, 2.0), max(2.0, 2))
print(sorted([3, 1.5, 2, -0.5, 10**20, 1e19]))
print(True + True, True * 3.5, 1.0 // 0.3, -1.0 // 0.3, 5.5 % 2, -5.5 % 2, 5.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), 7 // 2.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
