print(1 << 0, 1 << 62, 1 << 64, -1 << 70, 5 >> 1, -5 >> 1, -1 >> 100, 7 >> 64)
print(2**100 >> 99, (2**100 + 12345) >> 3)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 << 10**6 == 0)
print(True << 3, False >> 1)
