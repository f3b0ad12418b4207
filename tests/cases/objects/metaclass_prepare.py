class OrderedNS(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): pass
print(A.x)
