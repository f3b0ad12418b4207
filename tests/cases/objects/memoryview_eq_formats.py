def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
i = memoryview(array.array("i", [1, 2, 3]))
t(lambda: i == array.array("b", [1, 2, 3]))
t(lambda: i == array.array("d", [1.0, 2.0, 3.0]))
t(lambda: i == array.array("d", [1.0, 2.0, 3.5]))
t(lambda: i == array.array("q", [1, 2, 3]))
t(lambda: i == array.array("i", [1, 2]))
t(lambda: i == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])))
t(lambda: i == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])).cast("i"))
t(lambda: i == memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])).cast("@i"))
t(lambda: memoryview(b"\x01\x00").cast("?") == memoryview(b"\x01\x00"))
t(lambda: memoryview(b"ab").cast("c") == memoryview(b"ab"))
t(lambda: memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"))
t(lambda: memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
t(lambda: memoryview(b"\xff").cast("b") == array.array("b", [-1]))
u = memoryview(array.array("u", "ab"))
t(lambda: u == u)
t(lambda: u == array.array("u", "ab"))
t(lambda: memoryview(array.array("f", [0.5])) == array.array("d", [0.5]))
t(lambda: memoryview(array.array("f", [0.1])) == array.array("d", [0.1]))
