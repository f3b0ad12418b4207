# bytes() of a weakref.proxy: the proxy forwards __bytes__ and __index__, and bytes() asks
# __bytes__ first; an __index__ that raises TypeError falls through (bytes_new).
import weakref


class C:
    def __str__(self):
        return "string"

    def __bytes__(self):
        return b"bytes"


c = C()
p = weakref.proxy(c)
print("__bytes__" in dir(p), str(p), bytes(p))


class Both:
    def __bytes__(self):
        return b"both"

    def __index__(self):
        return 3


print(bytes(Both()), bytearray(Both()))


class S(str):
    def __bytes__(self):
        return b"from str subclass"


print(bytes(S("x")), bytes(S("x"), "ascii"))


class BadIndex:
    def __index__(self):
        raise TypeError("not really an int")

    def __iter__(self):
        return iter([1, 2])


print(bytes(BadIndex()), bytearray(BadIndex()))


class OnlyBytes:
    def __bytes__(self):
        return b"x"


class NotBytes:
    def __bytes__(self):
        return bytearray(b"x")


tests = [
    lambda: bytearray(OnlyBytes()),
    lambda: bytes(NotBytes()),
    lambda: bytes(S("x"), errors="strict"),
    lambda: bytes(OnlyBytes(), "ascii"),
    lambda: bytes(3, errors="strict"),
    lambda: bytes(2**70),
    lambda: bytes(-2**70),
    lambda: bytes(-1),
    lambda: bytes(OnlyBytes),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
