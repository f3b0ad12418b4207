def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abc")
it = iter(m)
print(type(it).__name__, iter(it) is it)
print(next(it), list(it), list(it))
print(list(memoryview(b"\x01\x02\x03\x04").cast("h")))
print(list(memoryview(b"ab").cast("c")))
print(list(memoryview(b"abcdef")[::-2]))
t(lambda: iter(memoryview(b"abcd").cast("B", (2, 2))))
t(lambda: iter(memoryview(b"abcd").cast("i", [])))
r = memoryview(b"xyz")
it2 = iter(r)
print(next(it2))
r.release()
t(lambda: next(it2))
print([x for x in memoryview(bytearray(b"hi"))])
print(sum(memoryview(bytes(range(10)))))
