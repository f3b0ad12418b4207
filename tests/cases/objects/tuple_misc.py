t = (3, 1, 2)
print(sorted(t), t.__len__(), t.__getitem__(-1), t[1:], t[::-1], t[:0], t * 2, (t,) * 2)
print(tuple(reversed(t)), tuple(sorted(t)), tuple(range(3)), tuple('abc'), tuple({1: 2}), tuple(x for x in t))
print((1,) == (1,), (1, 2) < (1, 2, 3), ((1, 2), 3) > ((1, 1), 4), () < (0,), (1, 'a') == (1, 'a'))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, len(((),)), ((),) != ())
a = (1, [2])
a[1].append(3)
print(a)
try:
    a[1] += [4]
except TypeError as e:
    print(type(e).__name__, e, a)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), (1, 2).__contains__(2), (1, 2).index(2), (1, 1).count(1))
