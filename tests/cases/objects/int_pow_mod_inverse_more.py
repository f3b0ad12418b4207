for b, e, m in [(3, -1, 11), (10, -1, 17), (2, -2, 9), (-3, -1, 7), (7, -3, 100), (12345678901234567890, -1, 10**9 + 7), (5, -1, 1), (3, 0, 5), (0, 5, 3), (2, 100, -7)]:
    try:
        r = pow(b, e, m)
        print(b, e, m, r, (pow(b, -e, m) * r) % m if e < 0 else '')
    except ValueError as ex:
        print(b, e, m, 'ValueError', ex)
try:
    pow(6, -1, 9)
except ValueError as ex:
    print('ValueError', ex)
try:
    pow(2, -1, 0)
except ValueError as ex:
    print('ValueError', ex)
