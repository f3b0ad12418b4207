class C:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, 'explicit doc')
    @property
    def y(self):
        """y doc from getter"""
        return 'y'
print(C.x.__doc__, C.y.__doc__, C.x.fset.__name__, C.x.fdel)
c = C()
c.x = 10
print(c.x)
p = C.__dict__['y']
p2 = p.setter(lambda self, v: print('setting y', v))
print(p is p2, p2.fget is p.fget, p.fset, p2.fset is not None)
C.y = p2
c.y = 5
print(isinstance(p, property), type(C.x).__name__)
class D(property):
    pass
class E:
    @D
    def z(self): return 'z from D'
print(E().z, type(E.z).__name__)
