# A bound method's attributes come from the method type's MRO first, then its function:
# __class__ is `method`, so isinstance(m, type) is False (unittest's loader relies on it).
import random


class A:
    def f(self):
        "doc of f"
        return 1


m = A().f
print(type(m).__name__, m.__class__.__name__, isinstance(m, type))
print(isinstance(random.Random().choice, type))
print(m.__doc__, m.__name__, m.__qualname__)
print(m.__func__ is A.f, m.__self__.__class__.__name__)
A.f.extra = 42
print(m.extra)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(m, "__call__"), m.__call__())
