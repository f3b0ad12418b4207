def a():
    v = 'a'
    def b():
        def c():
            nonlocal v
            v = v + 'c'
            return v
        return c()
    r = b()
    return r, v
print(a())
def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
print(inc(), inc(5), reset(), inc())
def loop_closures():
    fs = []
    for i in range(3):
        def make(j):
            def f():
                return j * 10
            return f
        fs.append(make(i))
    return [f() for f in fs]
print(loop_closures())
