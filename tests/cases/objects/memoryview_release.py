def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"abc")
m = memoryview(b)
print(m.release(), m.release())
t(lambda: m[0])
with memoryview(b) as v:
    print(v.tobytes(), v[1])
t(lambda: v.tobytes())
t(lambda: v.__enter__())
print(v.__exit__(None, None, None))
with memoryview(b"q") as x:
    with x as y:
        print(x is y)
t(lambda: x.tolist())
w = memoryview(b)
s = w[1:]
w.release()
print(s.tobytes(), s.obj is b)
t(lambda: w.obj)
s.release()
b.append(100)
print(b)
t(lambda: memoryview.release(b))
