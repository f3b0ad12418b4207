class A:
    def f(self):
        return ['A']
    @classmethod
    def c(cls):
        return ['A.c', cls.__name__]
class B(A):
    def f(self):
        return ['B'] + super().f()
    @classmethod
    def c(cls):
        return ['B.c'] + super().c()
class C(B):
    def f(self):
        return ['C'] + super().f()
print(C().f())
print(C.c())
print(super(B, C()).f())
