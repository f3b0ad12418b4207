def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter(); c2 = make_counter()
print(c1(), c1(), c2(), c1())
def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = adders()
print([f(10) for f in a], [f(10) for f in b])
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    x = 'changed'
    return mid()()
print(outer())
print(c1.__closure__[0].cell_contents, make_counter.__code__.co_cellvars, c1.__code__.co_freevars)
