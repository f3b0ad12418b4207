def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abcdefghij")
m = memoryview(b)
s1 = m[2:]
s2 = s1[::2]
s3 = s2[1:3]
print(s1.obj is b, s2.obj is b, s3.obj is b)
print(s1.tobytes(), s2.tobytes(), s3.tobytes())
s3[0] = ord("X")
print(b)
s2[-1] = ord("Y")
print(b, s1.tobytes())
print(s3.strides, s2.strides)
