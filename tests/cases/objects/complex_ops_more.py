z = complex(1, -1)
print(z * 1j, z / (1 + 1j), z ** 0, z ** 1, z ** 3, z ** -1, (1 + 1j) ** 0.5)
print(abs(complex(3, -4)), complex(2) == 2, complex(2, 0) == 2.0, (1j).real, (1j).imag, (2 + 3j).conjugate())
print(complex('  (1+2j)  '), complex('-1.5e2-3j'), complex('inf+nanj'), complex(' 5 '), complex('j'), complex('-j'))
try:
    complex(1j, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(complex(1.5, 2.25)), str(3 - 0j), repr(-(0j)), (0.1 + 0.2j) * 3)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
