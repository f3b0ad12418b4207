a = [1, 2, 3]
print([*a, *a], (*a,), {*a}, [*'ab', *range(2)])
first, *_ = a
print(first, _)
def f(*, a, b): return a - b
print(f(**{'b': 1, 'a': 10}))
print(max(*a), min(*a, 0), print(*a, sep=':'))
x, = [5]
print(x)
[y] = (6,)
print(y)
(a1, b1), [c1, *d1] = 'ab', 'cde'
print(a1, b1, c1, d1)
try:
    exec("*a = [1]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("a, *b, *c = range(5)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
