class Empty:
    __slots__ = ()
e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print(type(err).__name__, err)
class Point:
    __slots__ = ['x', 'y']
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
p = Point(1, 2)
p.x += 10
print(p, Point.__slots__, [n for n in dir(p) if n in ('x', 'y')])
print(getattr(p, 'x'), hasattr(p, 'y'))
delattr(p, 'y')
print(hasattr(p, 'y'))
class WithDefault:
    __slots__ = ('v',)
    def get(self):
        return getattr(self, 'v', 'unset')
w = WithDefault()
print(w.get())
w.v = 'set'
print(w.get())
print(type(Point.__dict__['x']).__name__, Point.x.__name__)
