def numbers():
    yield from range(6)
g = numbers()
pairs = list(zip(g, g))
print(pairs)
g2 = numbers()
for a in g2:
    b = next(g2, None)
    print(a, b)
