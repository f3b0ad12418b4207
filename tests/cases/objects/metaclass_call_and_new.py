class Tracing(type):
    def __new__(mcls, name, bases, ns):
        ns['added_by_meta'] = True
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        obj.created_via_meta = True
        return obj
class P(metaclass=Tracing):
    def __init__(self, v):
        self.v = v
p = P(3)
print(p.v, p.created_via_meta, P.added_by_meta)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class X(Base): pass
class Y(X): pass
print(Registry.classes)
