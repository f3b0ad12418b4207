from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("b", [1, 2])
a.fromlist([3, 4])
print(a, a.tolist(), type(a.tolist()).__name__)
t(a.fromlist, [5, 1000])
print(a)
t(a.fromlist, [5, "x"])
print(a)
t(a.fromlist, (1,))
t(a.fromlist, array("b"))
t(a.fromlist)
a.fromlist([])
print(a, array("d", [1, 2]).tolist(), array("u", "xy").tolist(), array("Q", [2 ** 63]).tolist())
l = a.tolist()
l.append(9)
print(a, l)
