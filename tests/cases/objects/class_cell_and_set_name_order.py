log = []
class Desc:
    def __set_name__(self, owner, name):
        log.append(f'set_name {name} (owner has __init_subclass__ run: {getattr(owner, "subclass_ran", False)})')
class Base:
    def __init_subclass__(cls):
        log.append(f'init_subclass {cls.__name__}')
        cls.subclass_ran = True
class Child(Base):
    d = Desc()
    def which(self):
        return __class__.__name__
    def get_class_cell(self):
        return __class__
class Grand(Child):
    pass
print(log)
print(Grand().which(), Grand().get_class_cell() is Child, Child.which.__code__.co_freevars)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class UsesCell(metaclass=Meta):
    def f(self):
        return super().__init__
class NoCell(metaclass=Meta):
    def f(self):
        return 1
