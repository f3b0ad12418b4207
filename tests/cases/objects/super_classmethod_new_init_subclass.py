class Base:
    def __new__(cls, *args):
        print('Base.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
    @classmethod
    def create(cls, v):
        return cls(v)
    def __init_subclass__(cls, **kw):
        print('Base.__init_subclass__', cls.__name__)
        super().__init_subclass__(**kw)
class Child(Base):
    def __new__(cls, *args):
        print('Child.__new__')
        return super().__new__(cls, *args)
    @classmethod
    def create(cls, v):
        print('Child.create')
        return super().create(v * 2)
c = Child.create(5)
print(type(c).__name__, c.v)
class Grand(Child):
    pass
print(Grand(1).v)
