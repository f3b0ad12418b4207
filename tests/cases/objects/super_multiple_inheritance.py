class Base:
    def __init__(self):
        print("Base")
        super().__init__()
class L(Base):
    def __init__(self):
        print("L")
        super().__init__()
class R(Base):
    def __init__(self):
        print("R")
        super().__init__()
class M(L, R):
    def __init__(self):
        print("M")
        super().__init__()
M()
print([k.__name__ for k in M.__mro__])
class Mixin:
    def hello(self):
        return "mixin->" + super().hello()
class Root:
    def hello(self):
        return "root"
class Both(Mixin, Root):
    pass
print(Both().hello())
