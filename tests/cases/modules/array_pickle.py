import array
from array import array as A, _array_reconstructor as R

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in "bBuhHiIlLqQfd":
    a = A(tc, [1, 2] if tc != "u" else "ab")
    r2 = a.__reduce_ex__(2)
    r3 = a.__reduce_ex__(3)
    print(tc, r2[0].__name__, r2[1], r2[2], r3[0].__name__, r3[1][0].__name__, r3[1][1:], r3[2])
    print(r3[0](*r3[1]) == a, r2[0](*r2[1]) == a)
print(R(A, "i", 8, b"\x01\x00\x00\x00"), R(A, "i", 4, b"\x01\x00\x02\x00"), R(A, "l", 9, b"\x00\x00\x00\x05"))
print(R(A, "d", 15, b"\x3f\x80\x00\x00"), R(A, "u", 18, b"a\x00b\x00"), R(A, "u", 21, b"\x00\x00\x00c\x00\x00\x00d"))
print(R(A, "Q", 11, b"\x00" * 7 + b"\x01"), R(A, "b", 0, b"\xff"), R(A, "H", 13, b"\xff" * 8))
t(R, A, "x", 1, b"")
t(R, A, "i", 99, b"")
t(R, A, "i", -1, b"")
t(R, A, "i", 8, b"\x01")
t(R, A, "i", 8, "abc")
t(R, list, "i", 8, b"")
t(R, 1, "i", 8, b"")
t(R, A, 1, 8, b"")
t(R, A, "i", 6, b"\x01\x00")
t(R, A, "i", 20, b"a\x00\x00\x00")
class Sub(A):
    pass
s = Sub("i", [5])
s.attr = 1
r = s.__reduce_ex__(3)
print(r[1][0].__name__, r[2], type(R(Sub, "i", 8, b"\x09\x00\x00\x00")).__name__)
print(R.__name__, R.__module__ if hasattr(R, "__module__") else "-")
