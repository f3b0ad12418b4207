a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
[x, y] = 'xy'; print(x, y)
for i, (k, v) in enumerate({'a': 1}.items()):
    print(i, k, v)
for bad in ['a, b = 1, 2, 3', 'a, b, c = 1, 2', 'a, b = 1', 'a, *b, c = [1]']:
    try:
        exec(bad)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(*[1, 2], *'ab', sep=',')
print([*range(3), *[9]], (*'ab',), {*[1, 2], 3}, {**{'a': 1}, 'b': 2})
a = b = c = [0]
a.append(1); print(b, c is a)
x, y = y, x = 1, 2
print(x, y)
