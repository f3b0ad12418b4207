x = 123456789012345678901234567890123456789012345678901234567890
print(x, x % 1000, len(str(x)))
y = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
print(y, hex(y), y + 1 == 2**128)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(0o777777777777777777777777, 1_000_000_000_000_000_000)
print(str(2**256), repr(-(2**256)))
f = 1
for i in range(1, 31):
    f *= i
print(f, f // 2**26, f.bit_length())
print(float(2**100), float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
print(2**1000 > 1e300, 2**1100 > 1e308, 10**400 > float('inf'))
try:
    float(2**1100)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1100 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1100 // 2**1099, (2**1100) / (2**1099))
