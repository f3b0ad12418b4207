import _thread
loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__)
del loc.x
print(hasattr(loc, "x"))
class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
m = MyLocal(21)
print(m.v, m.double(), type(m).__mro__[1].__name__)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
