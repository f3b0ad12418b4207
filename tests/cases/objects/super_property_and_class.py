class A:
    @property
    def p(self):
        return "A.p"
    x = 'A.x'
class B(A):
    @property
    def p(self):
        return "B+" + super().p
    def getx(self):
        return super().x
print(B().p, B().getx())
s = super(B, B())
print(s.x)
print(type(s).__name__)
print(super(B, B).x)
