class C:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
c = C()
c.a = 1
setattr(c, 'b', 2)
print(c.a, c.b)
del c.a
delattr(c, 'b')
print(c.__dict__)
try:
    del c.zz
except AttributeError as e:
    print(type(e).__name__, e)
