d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
for k in list(d):
    if d[k] > 20:
        del d[k]
print(d)
d = {1: 1}
try:
    for k in d:
        d.clear()
        d[2] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(3)}
it = iter(d)
next(it)
d[99] = 99
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
