from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

u = array("u", "h\u00e9llo \U0001F600!")
print(u, len(u), u[1], u[6], u.tounicode(), u.itemsize)
u.fromunicode("\u20ac\U00010348")
print(u, len(u), u[-1], u.tobytes()[-8:])
u.append("z")
u.insert(0, "\U0001F4A9")
print(u.tounicode(), u.pop(), u.pop(0), u.index("o"))
t(u.append, "ab")
t(u.append, 1)
t(u.append, "")
t(u.fromunicode, 5)
t(array("i").fromunicode, "x")
t(array("i").tounicode)
t(array, "u", [1])
t(array, "u", ["a", "bc"])
t(array, "i", "abc")
t(array, "b", array("u", "a"))
print(array("u", ["a", "b"]), array("u", array("u", "xy")), array("u", iter("qr")))
print(array("u", b"a\x00\x00\x00"), list(array("u", "ab")), array("u", "ab") == array("u", "ab"))
print(repr(array("u", "'\"")), array("u", "ab") < array("u", "b"))
