class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class E: pass
class F(D, E): pass
print([k.__name__ for k in F.__mro__])
print(D.__bases__ == (B, C), A.__bases__ == (object,))
print(object.__bases__, object.__mro__)
print(issubclass(D, A), issubclass(A, D))
