class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'default-' + self.name)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v * 2
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, m.b)
m.a = 5
print(m.a, m.b)
f = Field()
Model.c = f
print(hasattr(f, 'name'))
