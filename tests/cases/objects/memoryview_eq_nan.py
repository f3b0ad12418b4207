def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import array
nan = float("nan")
d = memoryview(array.array("d", [1.0, nan]))
t(lambda: d == d)
t(lambda: d != d)
t(lambda: d == array.array("d", [1.0, nan]))
t(lambda: d[:1] == array.array("d", [1.0]))
t(lambda: memoryview(array.array("f", [nan])) == array.array("f", [nan]))
t(lambda: d.tolist()[1] != d.tolist()[1])
b = memoryview(d.tobytes())
t(lambda: b == d.tobytes())
t(lambda: b == d)
t(lambda: b.cast("d") == d)
t(lambda: d.cast("B") == b)
