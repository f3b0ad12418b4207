vals = [7, -7, 2**65 + 3, -(2**65) - 3, 13, -13]
divs = [3, -3, 2**33, -(2**33) + 1]
ok = True
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            ok = False
            print('bad', a, b, q, r)
print('identity holds', ok)
print([divmod(a, 3) for a in range(-4, 5)])
print([a % -3 for a in range(-4, 5)], [a // -3 for a in range(-4, 5)])
