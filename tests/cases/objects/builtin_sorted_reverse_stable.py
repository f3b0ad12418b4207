data = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted(data, key=lambda x: x[1]))
print(list(reversed(sorted(data, key=lambda x: x[1]))))
print(sorted([3, 1, 2], key=None), sorted('bca', key=None, reverse=False))
print(sorted([1.5, 1, True, 0, False, -0.0]))
