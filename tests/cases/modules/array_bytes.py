from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("h", [1, -2, 300])
b = a.tobytes()
print(b, bytes(a), bytearray(a), len(b))
c = array("h")
c.frombytes(b)
c.frombytes(bytearray(b"\x05\x00"))
c.frombytes(memoryview(b"\x06\x00"))
c.frombytes(array("b", [7, 0]))
print(c)
t(c.frombytes, b"\x01")
t(c.frombytes, "ab")
t(c.frombytes, 5)
a.byteswap()
print(a, a.tobytes())
for tc in "bBhHiIlLqQfdu":
    x = array(tc, [1] if tc != "u" else "a")
    x.byteswap()
    y = array(tc, x.tobytes())
    y.byteswap()
    print(tc, x.tobytes().hex(), y == array(tc, [1] if tc != "u" else "a"))
print(b"".join([array("b", [65, 66]), b"C"]), array("d", [1.0]).tobytes().hex())
print(array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array("Q", bytes(8)))
t(array, "i", b"\x01\x00")
