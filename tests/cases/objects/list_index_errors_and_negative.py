l = [10, 20, 30]
print(l[-1], l[-3], l[0:-1], l[-2:], l[:-5], l[-5:])
for idx in [3, -4, 100, -100]:
    try:
        l[idx]
    except IndexError as e:
        print(idx, type(e).__name__, e)
for idx in [3, -4]:
    try:
        l[idx] = 0
    except IndexError as e:
        print(idx, type(e).__name__, e)
    try:
        del l[idx]
    except IndexError as e:
        print(idx, type(e).__name__, e)
print(l.pop(-1), l, l.insert(-1, 15), l)
try:
    l[2**100]
except IndexError as e:
    print(type(e).__name__, e)
