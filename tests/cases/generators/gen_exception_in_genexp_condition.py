def check(x):
    if x == 3:
        raise ValueError('bad value 3')
    return x % 2 == 0
g = (x for x in range(6) if check(x))
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    out.append(str(e))
print(out, list(g))
