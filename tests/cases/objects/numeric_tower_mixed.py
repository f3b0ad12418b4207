from_types = [1, True, 2.5, 1 + 1j]
for a in from_types:
    row = []
    for b in from_types:
        r = a + b
        row.append(type(r).__name__)
    print(type(a).__name__, row)
print(True + 0.5, 3 * (1 + 2j), 2 ** (1j) == 2 ** (1j), 1j ** 2, (2 + 0j) ** 2)
print(1 / True, 5 // True, 5 % True, -True // 2, divmod(True, 2), pow(True, 10))
