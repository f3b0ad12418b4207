def init(self, v):
    self.v = v
C = type('C', (object,), {'__init__': init, 'k': 5})
c = C(3)
print(C.__name__, c.v, c.k, type(c) is C)
D = type('D', (C,), {})
print(D(1).v, D.__mro__[1].__name__)
print(type(3) is int, type(type) is type, type(object) is type)
try:
    type('X', 1, {})
except TypeError as e:
    print(type(e).__name__, e)
print(C.__qualname__, C.__module__)
