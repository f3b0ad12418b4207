class Base:
    base_attr = 1
    def base_method(self): pass
class Foo(Base):
    cls_attr = 2
    def __init__(self):
        self.x = 1
        self.y = 2
    def method(self): pass
f = Foo()
print(vars(f))
print([n for n in dir(f) if not n.startswith('__')])
print([n for n in dir(Foo) if not n.startswith('__')])
print(dir(f) == sorted(dir(f)), '__init__' in dir(f), '__class__' in dir(f))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
def fn():
    local1 = 1; local2 = 2
    return dir()
print(fn())
print(sorted(vars(Foo).keys() - {'__module__', '__doc__', '__dict__', '__weakref__'}))
