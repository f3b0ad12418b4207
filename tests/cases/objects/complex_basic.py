z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z * z, z / 2, z + 1, 1 - z, z ** 2, (1j) ** 2, 1j * 1j)
print(complex(1, 2), complex('1+2j'), complex('3j'), complex(), complex(2), complex(1.5, -0.5))
print(repr(1j), repr(-1j), repr(0j), repr(complex(0, -0.0)), repr(complex(-0.0, 1)), repr(complex(1e16, 1e-5)))
print(1j == 1j, 1 + 0j == 1, (1 + 2j) != (1 + 3j), hash(1 + 0j) == hash(1))
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex('1+')
except ValueError as e:
    print(type(e).__name__, e)
print(complex(float('inf'), float('nan')), type(z).__name__, bool(0j), bool(1j))
print(f"{z:.2f}", format(1.5 + 2j, ''), format(z, '>15'))
