class C:
    @staticmethod
    def s(*a): return a
    @classmethod
    def c(cls, *a): return cls.__name__, a
class D(C): pass
print(C.s(1), D().s(2), C.c(3), D.c(4), D().c(5))
sm = C.__dict__['s']
print(callable(sm), sm(9), sm.__func__.__name__, sm.__wrapped__.__name__ if hasattr(sm, '__wrapped__') else '-')
cm = C.__dict__['c']
print(cm.__get__(None, D)(), cm.__get__(D())())
print(type(D.c).__name__, D.c.__self__ is D, D.c.__func__ is cm.__func__)
class E:
    @classmethod
    @property
    def cp(cls): return 'classproperty ' + cls.__name__
print(E.cp)
