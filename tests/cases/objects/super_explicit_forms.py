class A:
    def who(self): return 'A'
    @classmethod
    def cwho(cls): return 'A.c:' + cls.__name__
class B(A):
    def who(self): return 'B'
class C(B):
    def who(self): return 'C'
c = C()
print(super(C, c).who(), super(B, c).who(), super(C, C).cwho(), super(B, C).cwho())
print(super(C, c).__self__ is c, super(C, c).__thisclass__ is C, super(C, c).__self_class__ is C)
s = super(B)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__)
try:
    super(A, c).who()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(super(C, c)).startswith('<super: <class'))
