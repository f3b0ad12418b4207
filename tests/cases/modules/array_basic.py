import array
from array import array as A

for tc in array.typecodes:
    a = A(tc)
    print(tc, a, a.typecode, a.itemsize, len(a))
print(A("i", [1, 2, 3]), A("d", [1, 2.5]), A("f", [0.1]), A("u", "hi"), A("b", (1, -1)))
print(A("B", b"\x01\x02"), A("h", bytearray(b"\x01\x00")), A("i", range(4)), A("q", iter([5])))
print(A("i", A("i", [7, 8])), A("d", A("i", [1, 2])), A("i", A("b", [3])), A("l", {1: 0, 2: 0}))
print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, A.__qualname__)
print(type(A("i")) is A, isinstance(A("i"), A), repr(A("u")), str(A("i", [1])))
a = A("i", [10, 20, 30])
print(a[0], a[-1], len(a), list(a), 20 in a, 25 in a, a.count(10), a.index(30))
print(A("Q", [2 ** 64 - 1]), A("q", [-2 ** 63]), A("L", [2 ** 63]), A("l", [-1]))
