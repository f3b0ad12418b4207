def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
print(hash(memoryview(b"abc")) == hash(b"abc"))
print(hash(memoryview(b"")) == hash(b""))
print(hash(memoryview(b"abcd")[::2]) == hash(b"ac"))
print(hash(memoryview(b"abcd")[::-1]) == hash(b"dcba"))
print(hash(memoryview(b"abc").cast("c")) == hash(b"abc"))
print(hash(memoryview(b"abc").cast("b")) == hash(b"abc"))
print(hash(memoryview(b"abcd").cast("B", (2, 2))) == hash(b"abcd"))
t(lambda: hash(memoryview(bytearray(b"abc"))))
t(lambda: hash(memoryview(b"abcd").cast("h")))
t(lambda: hash(memoryview(b"abcd").cast("i")))
t(lambda: hash(memoryview(bytearray(b"abc")).toreadonly()))
t(lambda: hash(memoryview(array.array("b", [1])).toreadonly()))
m = memoryview(b"xyz")
h = hash(m)
m.release()
t(lambda: hash(m) == h)
r = memoryview(b"xyz")
r.release()
t(lambda: hash(r))
d = {memoryview(b"k"): 1}
print(d[b"k"], b"k" in d, memoryview(b"k") in {b"k"})
