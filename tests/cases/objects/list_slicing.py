l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1], l[5:2], l[100:], l[-100:2])
print(l[::-3], l[2:8:-1], l[None:None:None], l[slice(1, 4)])
m = l[:]
m[2:5] = ['a']; print(m)
m[1:1] = [9, 9]; print(m)
m[:] = 'xyz'; print(m)
n = list(range(10))
n[::2] = 'abcde'; print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del n[::3]; print(n)
del n[1:3]; print(n)
n[-2:] = []; print(n)
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[20] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
s = list(range(5)); s[3:1] = ['q']; print(s)
s[1:4:1] = []; print(s)
