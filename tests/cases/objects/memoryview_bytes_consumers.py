def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
m = memoryview(b"abcdef")
a = array.array("h", [1, 2, 258])
print(bytes(m), bytes(m[::2]), bytes(m[::-1]), bytearray(m[1::2]))
print(bytes(a), bytearray(a), bytes(memoryview(a)[::2]))
print(bytes(m.cast("B", (2, 3))), bytes(m.cast("B", (2, 3))[::-1]))
print(b"-".join([m, a, b"x", bytearray(b"y"), m[1:3]]))
t(lambda: b"-".join([m[::2]]))
t(lambda: b"".join([1]))
print(b"ab" + m, b"ab" + a, bytearray(b"ab") + m)
t(lambda: b"ab" + m[::2])
print(b"abc".startswith(memoryview(b"ab")), memoryview(b"c") in b"abc", b"abc".find(m[2:3]))
print(b"a,b".split(memoryview(b",")), b"abc".replace(memoryview(b"b"), a[:1].tobytes()))
print(int.from_bytes(a, "little"), int.from_bytes(m[::2], "big"), int.from_bytes(memoryview(b"\xff"), "big", signed=True))
print(str(m, "utf-8"), str(a, "latin-1"), str(memoryview(b"\xc3\xa9"), encoding="utf-8"))
t(lambda: str(m[::2], "utf-8"))
t(lambda: m.decode())
ba = bytearray(b"x")
ba.extend(m[:2])
ba += a
ba += memoryview(b"!")
print(ba)
t(lambda: ba.__iadd__(m[::2]))
t(lambda: ba.__iadd__("s"))
print(array.array("b", memoryview(b"ab")), array.array("h", m[:2]))
