def make():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns
print([f() for f in make()])
def make2():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 'final'
    return fns
print([f() for f in make2()])
def counter():
    n = 0
    def get(): return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter()
inc(); inc()
print(get(), get.__closure__[0] is inc.__closure__[0])
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
