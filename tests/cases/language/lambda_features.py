print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2), (lambda a, /, b: a - b)(5, b=3))
print((lambda x=[]: x)() is (lambda x=[]: x)(), (lambda: (yield))().__class__.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
y = 10
closure = lambda x: x + y
y = 20
print(closure(1))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda: None)(), type(lambda: 0).__name__)
