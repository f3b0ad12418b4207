print(int(), int(3.9), int(-3.9), int('  42  '), int('-0x1f', 16), int('0x1f', 0), int('0b101', 0))
print(int('z', 36), int('777', 8), int('1_000_000'), int('0o17', 0), int(' -12 '), int('+5'))
print(int(True), int(2.5e20), int(1e100) == 10**100, int(b'12'), int('١٢'))
print(int('10', 2), int('10', 36), int('ZZ', 36))
for bad in [('12a',), ('',), ('1.5',), ('0x10',), ('12', 1), ('12', 37), ('_1',), ('1__0',), ('08', 0)]:
    try:
        int(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
class T:
    def __int__(self): return 9
class I:
    def __index__(self): return 11
print(int(T()), int(I()))
