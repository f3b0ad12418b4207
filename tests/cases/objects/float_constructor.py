print(float('1.5'), float('  -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_000.5'))
print(float(3), float(True), float('.5'), float('5.'), float('1e5'), float(10**20))
for bad in ['', 'abc', '1.2.3', '1e', '_1', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer(), (2.5).hex(), float.fromhex('0x1.8p1'))
print((1.5).real, (1.5).imag, (1.5).conjugate())
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
