class Base:
    @property
    def v(self):
        return "base"
class Sub(Base):
    @Base.v.getter
    def v(self):
        return "sub+" + Base.v.fget(self)
print(Sub().v, Base().v)
class Sub2(Base):
    v = 'plain'
print(Sub2().v)
