from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a, b, c = array("i", [1, 2, 3]), array("i", [1, 2, 4]), array("i", [1, 2])
print(a == a, a == array("i", [1, 2, 3]), a != b, a < b, a <= b, a > c, a >= c, c < a)
print(array("b", [1, 2]) == array("d", [1.0, 2.0]), array("B", [255]) > array("b", [-1]))
print(a == [1, 2, 3], a != (1, 2, 3), array("i") == array("d"), array("i") < array("i", [0]))
t(lambda: a < [1])
n = array("d", [float("nan")])
print(n == n, n != n, n < n, n == array("f", [float("nan")]))
print(array("u", "abc") == array("u", "abc"), array("u", "a") < array("u", "b"))
t(lambda: array("u", "a") < array("i", [1]))
print(sorted([array("i", [2]), array("i", [1, 5]), array("i", [1])]))
t(hash, a)
