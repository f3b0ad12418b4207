class Verbose:
    def __get__(self, instance, owner=None):
        return (type(instance).__name__ if instance is not None else None, owner.__name__ if owner else None)
class A:
    v = Verbose()
class B(A):
    pass
print(A.v, A().v, B.v, B().v)
print(A.__dict__['v'].__get__(None, B), A.__dict__['v'].__get__(B()))
class GetOnlyOwner:
    def __get__(self, instance, owner):
        return 'owner=' + owner.__name__
class C:
    g = GetOnlyOwner()
print(C.g, C().g)
