class Base:
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Sub(Base):
    def __gt__(self, o):
        return "Sub.gt"
    def __lt__(self, o):
        return "Sub.lt"
print(Base() < Sub())
print(Sub() < Base())
print(Base() > Sub())
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
print(Num(1) == Num(1), Num(1) != Num(1), Num(1) != Num(2))
print(Num(1) == 1, 1 == Num(1))
