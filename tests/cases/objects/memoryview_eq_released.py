def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"ab")
n = memoryview(b"ab")
print(m == n)
m.release()
t(lambda: m == m)
t(lambda: m == n)
t(lambda: n == m)
t(lambda: m != n)
t(lambda: m == b"ab")
t(lambda: b"ab" == m)
t(lambda: m != m)
