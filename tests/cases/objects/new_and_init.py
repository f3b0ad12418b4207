class A:
    def __new__(cls, *args, **kw):
        print('__new__', cls.__name__, args, kw)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x, y=0):
        print('__init__', x, y)
        self.x = x
a = A(1, y=2)
print(a.x)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other())
class Sub(A):
    pass
s = Sub(5)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
