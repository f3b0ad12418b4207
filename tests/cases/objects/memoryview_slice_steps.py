def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"0123456789")
for s in [slice(None), slice(2, 8), slice(None, None, 2), slice(1, None, 3),
          slice(8, 2, -2), slice(None, None, -1), slice(100, 200), slice(-3, None),
          slice(5, 5), slice(0, 10, 20)]:
    v = m[s]
    print(s, v.tobytes(), v.shape, v.strides, v.nbytes, v.c_contiguous, v.contiguous)
t(lambda: m[::0])
t(lambda: m[::2][::2].tobytes())
t(lambda: m[::2][1:].strides)
t(lambda: m[::-1][::-1].tobytes())
t(lambda: m[1:9][::3].tolist())
t(lambda: m["a":])
