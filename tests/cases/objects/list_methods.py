l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 'm')
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('m') if 'm' in l else None
print(l, l.index(2), l.count(2), l.index(4, 1))
l2 = l.copy(); l2.reverse(); print(l2, l)
l.clear(); print(l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
a = [1, 2]
print(a * 3, 3 * a, a + [3], a * 0, a * -1, [[0]] * 2, a == [1, 2], a < [1, 3], [] < [0])
try:
    a + (3,)
except TypeError as e:
    print(type(e).__name__, e)
a += (3, 4)
print(a, list(), list('ab'), list(range(3)), list({1: 2}))
