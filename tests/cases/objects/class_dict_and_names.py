class Outer:
    """Doc of outer."""
    class Inner:
        def meth(self):
            pass
    def f(self):
        pass
print(Outer.__name__, Outer.__qualname__, Outer.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.f.__qualname__, Outer.f.__name__)
print(sorted(k for k in Outer.__dict__ if not k.startswith('__')))
print('__module__' in Outer.__dict__, Outer.__module__)
print(type(Outer.__dict__).__name__)
try:
    Outer.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
