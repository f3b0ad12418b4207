import _weakref
class C:
    def __init__(self):
        self.x = 1
    def meth(self):
        return "meth", self.x
c = C()
p = _weakref.proxy(c)
print(type(p).__name__, type(p).__module__, p.x, p.meth())
p.y = 2
print(c.y, hasattr(p, "y"))
del p.y
print(hasattr(c, "y"))
print(p.__class__.__name__, isinstance(p, C))
print(_weakref.proxy(c) is p, _weakref.getweakrefcount(c))
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
