def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: memoryview())
t(lambda: memoryview(b"a", b"b"))
t(lambda: memoryview(object=b"xy").tobytes())
t(lambda: memoryview(obj=b"xy"))
t(lambda: memoryview(1))
t(lambda: memoryview("abc"))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview(None))
t(lambda: memoryview.__new__(memoryview, b"q").tolist())
try:
    class X(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)
class B:
    def __bytes__(self):
        return b"z"
t(lambda: memoryview(B()))
