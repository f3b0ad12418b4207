log = []
def gen(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i
z = zip(gen('a', 3), gen('b', 2))
print(log)
print(list(z), log)
m = map(lambda x: x * 2, gen('m', 3))
print(next(m), log[-1])
f = filter(lambda x: x > 0, gen('f', 3))
print(next(f), log[-2:])
print(list(zip('abc', range(3), [True] * 3)), list(zip(*zip('ab', 'cd'))))
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')), list(map(len, ['', 'a', 'bb'])))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, iter(z) is z)
