class Meta(type):
    def __setattr__(cls, name, value):
        print('class setattr', name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('class delattr', name)
        super().__delattr__(name)
class C(metaclass=Meta):
    x = 1
C.y = 2
del C.x
print(hasattr(C, 'x'), C.y)
try:
    del C.nope
except AttributeError as e:
    print(type(e).__name__, e)
c = C()
c.z = 3
print(c.z, 'z' in C.__dict__)
