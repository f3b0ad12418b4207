a = [1, [2, 3]]
b = list(a)
c = a[:]
d = a.copy()
a[1].append(4)
a[0] = 'changed'
print(a, b, c, d, b is a, b[1] is a[1])
print(list('abc'), list((1, 2)), list({'k': 1}), list({3, 1, 2}) == [1, 2, 3], list(range(0)), list(x for x in 'ab'))
e = [0] * 3
e[0] = 1
print(e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
