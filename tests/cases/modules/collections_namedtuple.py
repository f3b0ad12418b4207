from collections import namedtuple

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
print(p._asdict(), p._replace(x=5), Point._make([7, 8]), Point.__name__, Point.__module__)
t(Point, 1)
t(Point, 1, 2, 3)
t(p._replace, z=1)
def setx():
    p.x = 5
t(setx)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "def class _x", rename=True)
print(R._fields, R(1, 2, 3))
t(namedtuple, "Bad", "a a")
t(namedtuple, "Bad", "1x")
t(namedtuple, "class", "a")
x, y = p
print(x, y, type(Point.x).__name__, Point.x.__reduce__()[1])
class Sub(Point):
    def dist(self):
        return self.x + self.y
print(Sub(3, 4).dist(), Sub(3, 4))
print(Point.__getnewargs__(p), p.__match_args__ if hasattr(p, "__match_args__") else "")
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
