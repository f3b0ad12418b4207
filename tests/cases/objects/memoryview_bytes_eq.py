def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
t(lambda: b"\x01" == array.array("b", [1]))
t(lambda: array.array("b", [1]) == b"\x01")
t(lambda: b"\x01" == bytearray(b"\x01"))
t(lambda: bytearray(b"\x01") == b"\x01")
t(lambda: bytearray(b"\x01\x00") == array.array("h", [1]))
t(lambda: bytearray(b"\x01") == memoryview(b"\x01"))
t(lambda: b"\x01" == memoryview(b"\x01"))
t(lambda: bytearray(b"ab") == memoryview(b"aXb")[::2])
t(lambda: bytearray(b"ab") < memoryview(b"ac"))
t(lambda: bytearray(b"ab") <= array.array("B", b"ab"))
t(lambda: b"ab" < bytearray(b"ac"))
t(lambda: b"ab" < memoryview(b"ac"))
t(lambda: b"ab" == "ab")
t(lambda: bytearray(b"ab") == "ab")
t(lambda: b"ab" != array.array("B", b"ab"))
t(lambda: bytes.__eq__(b"a", bytearray(b"a")))
t(lambda: bytearray.__eq__(bytearray(b"a"), array.array("B", b"a")))
