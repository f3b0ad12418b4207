x = 'outer'
r = [x for x in range(3)]
print(x, r)
print([(i, j) for i in range(3) for j in range(i)])
print([y for y in range(10) if y % 2 if y > 4])
print({k: v for k, v in zip('ab', [1, 2])}, {c for c in 'hello'} == set('helo'))
print([[j for j in range(i)] for i in range(4)])
n = 10
print([n * i for i in range(3)])
def f():
    m = 3
    return [m * i for i in range(3)], list(m + i for i in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([(yield_val := v * 2) for v in range(3)], yield_val)
