class D:
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        return 42 if obj is not None else self
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__['_d'] = value
class C:
    d = D()
c = C()
print(c.d)
c.d = 5
c.__dict__['d'] = 'shadow'
print(c.d)
print(type(C.d).__name__)
print(c._d)
