class C:
    count = 0
    @classmethod
    def make(cls, n):
        return cls.__name__, n
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.make(1), D.make(2), D().make(3))
print(C.add(1, 2), C().add(3, 4))
print(type(C.__dict__['make']).__name__, type(C.__dict__['add']).__name__)
print(C.__dict__['add'].__func__(5, 6))
cm = C.__dict__['make']
print(cm.__func__.__name__)
print(C.make.__self__ is C)
sm = staticmethod(len)
print(sm("abc"))
