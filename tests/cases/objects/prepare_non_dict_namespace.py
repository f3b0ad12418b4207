class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=Meta):
    z = 1
    a = 2
    def m(self): pass
    b = 3
    z = 4
print(Ordered.order, Ordered.z)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Q(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)
