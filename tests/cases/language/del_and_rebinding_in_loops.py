items = list(range(10))
i = 0
while i < len(items):
    if items[i] % 3 == 0:
        del items[i]
    else:
        i += 1
print(items)
d = {k: k * k for k in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
class Obj:
    pass
o = Obj()
for attr in 'abc':
    setattr(o, attr, attr.upper())
for attr in 'ac':
    delattr(o, attr)
print(vars(o))
x = 1
for x in range(3):
    pass
del x
print('x' in globals())
