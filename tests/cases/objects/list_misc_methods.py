l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -1), l.count(1), l.count(9))
l.insert(-100, 'front'); l.insert(100, 'back'); l.insert(-1, 'penult')
print(l)
l.extend(range(2)); l.extend('ab'); l.extend({}); print(l)
print(l.pop(-3), len(l))
l2 = [[1]] * 3
l2[0].append(2)
print(l2)
l3 = [[1] for _ in range(3)]
l3[0].append(2)
print(l3)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] < [1, [3]], [] == [], [0] > [])
a = [1, 2, 3]
a[1:2] = a
print(a)
b = [1, 2, 3]
b.extend(b)
print(b)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
