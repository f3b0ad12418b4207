class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        print("get")
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        del self._x
c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
print(C.x.__doc__)
print(type(C.x).__name__, C.x.fget.__name__)
