a = list(range(6))
a[1:4] = []
print(a)
a = list(range(6))
a[::-1] = 'abcdef'
print(a)
a = list(range(6))
a[4:1:-1] = [40, 30, 20]
print(a)
a = list(range(6))
a[10:] = ['x']
print(a)
a = list(range(6))
a[-2:2] = ['ins']
print(a)
a = list(range(6))
del a[::-2]
print(a)
a = list(range(6))
del a[10:20]
print(a)
a = [1, 2, 3]
a[1:1] = (x * 10 for x in range(3))
print(a)
try:
    a[::2] = (x for x in range(1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:1:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
