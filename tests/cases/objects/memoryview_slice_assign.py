def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abcdef")
m = memoryview(b)
m[0:2] = b"XY"
print(b)
m[::2] = b"123"
print(b)
m[1::2] = bytearray(b"!!!")
print(b)
m[4:1:-1] = b"qrs"
print(b)
m[2:2] = b""
print(b)
t(lambda: m.__setitem__(slice(0, 2), b"abc"))
t(lambda: m.__setitem__(slice(0, 2), [1, 2]))
t(lambda: m.__setitem__(slice(0, 2), "ab"))
t(lambda: m.__setitem__(slice(0, 2), 5))
t(lambda: m.__setitem__(slice(0, 3), memoryview(b"abcdef")[::2]))
print(b)
m[:] = m[::-1]
print(b)
m[1:] = m[:-1]
print(b)
