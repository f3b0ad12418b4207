def f():
    data = [1, 2, 3, 4]
    if any((hit := v) > 2 for v in data):
        return hit
print(f())
print([last := i for i in range(3)], last)
def g():
    total = 0
    results = [(total := total + v) for v in [1, 2, 3]]
    return results, total
print(g())
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("class A:\n    [y := 1 for _ in range(1)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
x = 10
print((x := x + 1), x)
