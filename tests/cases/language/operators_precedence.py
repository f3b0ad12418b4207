print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, not True or True, not (True or True))
print(1 < 2 == True, (1 < 2) == True, 1 + 2 if False else 3 + 4)
print(3 - 2 - 1, 2 ** 2 ** 3, 100 // 10 // 3, 8 / 4 / 2)
print([1, 2] + [3] * 2, 'ab' * 2 + 'c', 5 & 3 | 8, 5 ^ 1 << 1)
x = 5
print(x if x > 3 else -x, (lambda: 1 if True else 2)())
print(-x ** 2, (-x) ** 2, +-x, - - x)
print(1 in [1] == True, (1 in [1]) == True)
