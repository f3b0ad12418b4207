class C:
    x = 'class x'
    def __init__(self):
        self.y = 'inst y'
    def __getattribute__(self, name):
        return 'intercepted ' + name
c = C()
print(c.x, c.y, c.anything)
print(object.__getattribute__(c, 'x'), object.__getattribute__(c, 'y'))
try:
    object.__getattribute__(c, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
print(type(c).__name__, object.__getattribute__(c, '__class__').__name__)
object.__setattr__(c, 'z', 5)
print(object.__getattribute__(c, '__dict__'))
