def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
m = memoryview(b"abc")
t(lambda: m == b"abc")
t(lambda: b"abc" == m)
t(lambda: m == bytearray(b"abc"))
t(lambda: bytearray(b"abc") == m)
t(lambda: m == b"abd")
t(lambda: m != b"abd")
t(lambda: m == "abc")
t(lambda: m == [97, 98, 99])
t(lambda: m == array.array("B", b"abc"))
t(lambda: m == array.array("b", b"abc"))
t(lambda: m == memoryview(b"xabc")[1:])
t(lambda: m == memoryview(b"aXbXc")[::2])
t(lambda: m == m)
t(lambda: m < b"abd")
t(lambda: m > m)
t(lambda: m == None)
t(lambda: m.__eq__(1))
