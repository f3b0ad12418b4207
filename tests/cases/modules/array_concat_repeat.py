from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("i", [1, 2])
print(a + array("i", [3]), a * 3, 3 * a, a * 0, a * -2, a)
t(lambda: a + [3])
t(lambda: [3] + a)
t(lambda: a + array("b", [3]))
t(lambda: a * "x")
t(lambda: "x" * a)
t(lambda: a * 1.5)
t(lambda: a * 2 ** 70)
b = array("d", [1.5])
b += array("d", [2.5])
print(b)
b *= 3
print(b)
b *= 0
print(b, len(b))
def iadd_list():
    global b
    b += [1.0]
def iadd_other():
    global b
    b += array("f", [1.0])
t(iadd_list)
t(iadd_other)
c = array("u", "ab")
print(c + c, c * 2)
class I:
    def __index__(self):
        return 2
print(a * I())
class Sub(array):
    pass
s = Sub("b", [1])
print(type(s + s).__name__, type(s * 2).__name__)
s += Sub("b", [2])
print(type(s).__name__, s)
