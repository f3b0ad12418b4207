from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = deque([1, 2])
print(a + deque([3]), a * 2, 2 * a, a * 0, a * -1, a)
t(lambda: a + [3])
t(lambda: [3] + a)
t(lambda: a * "x")
t(lambda: a * 1.5)
t(lambda: a * 2 ** 70)
b = deque([1, 2])
b += [3, 4]
print(b)
b += b
print(b)
b *= 2
print(b, len(b))
b *= 0
print(b)
c = deque("xy", maxlen=3)
c += "abc"
print(c)
c *= 5
print(c)
print(deque("ab", 3) * 2, deque("ab", 3) + deque("cdef"))
e = deque([1])
r = e.__iadd__([2])
print(r is e, e)
r = e.__imul__(2)
print(r is e, e)
class I:
    def __index__(self):
        return 3
print(deque([0]) * I())
