# date vs datetime compare as mixed types though datetime subclasses date: the subclass's
# reflected method runs first even when it only inherits it (do_richcompare).
# CPython's pure datetime.py (the one Coil runs: no _datetime), so the messages are the same.
import sys

sys.modules["_datetime"] = None
import datetime as dt

print(dt.date.__module__, hasattr(dt, "_divide_and_round"))

d = dt.date(2024, 5, 17)
t = dt.datetime.combine(d, dt.time())
print(d != t, t != d, d == t, t == d)
for op in ("<", "<=", ">", ">="):
    for a, b in ((d, t), (t, d)):
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print(op, type(e).__name__, e)
print(d.__eq__(t), d.__eq__(t.replace(day=18)))


class SubDate(dt.date):
    pass


print(d == SubDate(2024, 5, 17), SubDate(2024, 5, 17) == d)


# The same rule for plain classes: who is asked first, and with which arguments.
class A:
    def __eq__(self, o):
        print("  A.__eq__", type(self).__name__, type(o).__name__)
        return NotImplemented

    def __lt__(self, o):
        print("  A.__lt__", type(self).__name__, type(o).__name__)
        return NotImplemented

    def __gt__(self, o):
        print("  A.__gt__", type(self).__name__, type(o).__name__)
        return NotImplemented


class B(A):
    pass


class C(A):
    def __eq__(self, o):
        print("  C.__eq__", type(self).__name__, type(o).__name__)
        return False


a, b, c = A(), B(), C()
print(a == b)
print(a != b)
print(a != c)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(b == a)


class I(int):
    pass


print(3 < I(4), I(4) == 4, 4 != I(4), 2 <= I(2))
