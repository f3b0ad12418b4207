def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
a = array.array("i", [1, 2, 3, 4])
m = memoryview(a)
m[1:3] = array.array("i", [20, 30])
print(a)
t(lambda: m.__setitem__(slice(0, 2), array.array("l", [5, 6])))
t(lambda: m.__setitem__(slice(0, 2), array.array("I", [5, 6])))
t(lambda: m.__setitem__(slice(0, 2), b"abcdefgh"))
t(lambda: m.__setitem__(slice(0, 2), memoryview(b"abcdefgh").cast("i")))
print(a)
m[0:1] = memoryview(b"\x07\x00\x00\x00").cast("@i")
print(a)
bm = memoryview(bytearray(4))
t(lambda: bm.__setitem__(slice(0, 4), array.array("b", [1, 2, 3, 4])))
t(lambda: bm.cast("b").__setitem__(slice(0, 4), array.array("b", [1, 2, 3, 4])))
print(bm.tolist())
c = memoryview(bytearray(b"abc")).cast("c")
c[0:2] = memoryview(b"xy").cast("c")
print(c.tolist())
t(lambda: c.__setitem__(slice(0, 2), b"xy"))
