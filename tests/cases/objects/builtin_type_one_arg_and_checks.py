print(type(1), type('a'), type([]), type(None), type(type), type(len), type(1.0), type(1j), type(b''), type(()))
print(type(1) is int, type(True) is bool, type(True) == int, type([]) in (list, tuple))
class A: pass
class B(A): pass
print(type(B()) is A, type(B()) is B, type(B()).__bases__[0] is A, type(A).__name__)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type.__class__ is type, object.__class__ is type, type.__base__ is object, int.__base__, bool.__base__)
