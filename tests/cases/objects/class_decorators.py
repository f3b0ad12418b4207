def register(cls):
    cls.registered = True
    print("decorating", cls.__name__)
    return cls
def replace(cls):
    return "replaced " + cls.__name__
@register
class A:
    pass
@replace
class B:
    pass
print(A.registered, B)
def deco_with_arg(n):
    def d(cls):
        cls.n = n
        return cls
    return d
@deco_with_arg(3)
@register
class C:
    pass
print(C.n, C.registered)
