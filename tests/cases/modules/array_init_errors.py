from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(array)
t(array, "x")
t(array, "bb")
t(array, 1)
t(array, b"i")
t(array, "")
t(array, "i", 1)
t(array, "i", [1], 2)
t(array, "i", typecode="i")
t(array, typecode="i")
t(array, "i", ["a"])
t(array, "i", "abc")
t(array, "i", [1.0])
t(array, "d", ["x"])
t(array, "i", b"\x01\x02\x03")
t(array, "i", None)
t(array, "u", array("i", [1]))
t(array, "i", array("u", "a"))
class Sub(array):
    pass
print(Sub("i", [1]), type(Sub("b")).__name__)
def gen():
    yield 1
    raise ValueError("gen failed")
t(array, "i", gen())
