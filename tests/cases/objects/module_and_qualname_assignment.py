class C:
    class Inner:
        def m(self): pass
print(C.__module__, C.Inner.__qualname__, C.Inner.m.__qualname__)
C.__module__ = 'fake.module'
print(repr(C), C.__module__)
def f(): pass
f.__module__ = 'elsewhere'
f.__qualname__ = 'Other.f'
print(f.__module__, f.__qualname__, f.__name__, repr(f).startswith('<function Other.f at'))
try:
    f.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
