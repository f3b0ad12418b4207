sq = lambda x: x * x
print(sq(4), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=10: x + y)(1))
print(sq.__name__, (lambda: 0).__qualname__)
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
data = [1, 5, 10, 15]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10], y)
while (chunk := data.pop() if data else None) is not None:
    print('chunk', chunk)
print((z := 5), z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
