def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
b = bytearray(b"hello")
m = memoryview(b)
b[0] = ord("j")
print(m.tobytes(), m[0])
m[4] = ord("y")
print(b)
b[1:3] = b"EL"
print(bytes(m), m.tolist())
a = array.array("h", [1, 2])
am = memoryview(a)
a[1] = 300
print(am.tolist())
am[0] = -5
print(a)
c = am.cast("B")
c[0] = 0
c[1] = 1
print(a)
v = memoryview(b)[1:4]
b[2] = ord("Z")
print(v.tobytes())
