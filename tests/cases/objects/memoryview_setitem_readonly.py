def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abc")
t(lambda: m.__setitem__(0, 1))
t(lambda: m.__setitem__(slice(0, 1), b"x"))
t(lambda: m.__delitem__(0))
r = memoryview(bytearray(b"abc")).toreadonly()
t(lambda: r.__setitem__(0, 1))
t(lambda: r.cast("c").__setitem__(0, b"x"))
w = memoryview(bytearray(b"abc"))
t(lambda: w.__delitem__(0))
t(lambda: w.__delitem__(slice(0, 1)))
def f():
    del w[0]
t(f)
print(r.readonly, r.toreadonly().readonly, w.readonly)
