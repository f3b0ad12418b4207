import bisect

a = [1, 3, 5, 7]
print(bisect.bisect(a, 5), bisect.bisect_left(a, 5), bisect.bisect_right(a, 0))
bisect.insort(a, 4)
bisect.insort_left(a, 4)
print(a)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left.__module__, bisect.bisect_right.__module__)
recs = [('a', 1), ('b', 4), ('c', 9)]
print(bisect.bisect(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('d', 5), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
