import a.b.c as d
from .. import e
try:
    import f
except ImportError:
    f = None
lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, x]
s = lst[1:2], lst[::2], lst[a:b:c]
lst[0] += 1
del lst[0], s
name = f"{x!r:>{width}.{prec}} {y=}" "tail"
msg = "%s is %r (%5s)" % (name, lst, s)
bad = "%d" % (x,)
t = 1, -2, 3.5, 2j, b"x" * 3, ("a" "b")
big = 2 ** 64
neg = -(2 ** 63)
def loops(xs):
    for x in xs:
        try:
            if x:
                continue
            elif x is None:
                break
            else:
                return x
        finally:
            cleanup()
    else:
        done()
    while xs:
        xs.pop()
    else:
        pass
def g():
    global counter
    counter += 1
    return lambda *a, k=1, **kw: (a, k, kw)
class C(*bases, **kw):
    x = [i for i in range(3)]
    def __private(self):
        return self.__secret
if a < b < c and not (d or e):
    print(a, *b, sep="", **kw)
