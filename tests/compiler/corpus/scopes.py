# Scoping corner cases: class-level names seen from methods, walrus in comprehensions,
# name mangling, __class__ assigned in a class body, nested nonlocals.
x = 1

def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
        y = x
    class D:
        print(x)
        x = 3
    return C, D

def counter():
    n = 0
    def outer():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    return outer

def walrus():
    return [(y := i) for i in range(3)], y

[i for i in range(3) if (j := i)]
print(j)

class M:
    def f(self):
        return __x
    __y = 1
    def __g(self):
        self.__h = [self.__y for _ in range(1)]

class K:
    __class__ = None
    def m(self):
        return super()

def defaults(a, b=1, *c, d, e=2, **f):
    return lambda g, /, h=a, *, i=b: (g, h, i)

def dead():
    return 1
    print("unreachable")

def finally_def():
    try:
        pass
    finally:
        def helper():
            return 1
    return helper

__debug__
text = '\n' + 8 * ' ' + "%s-%r" % (x, j)
n = (160 / 4, "abc"[1], b"xy"[0], (1, 2) + (3,), not x in [1, 2])
