import _weakref
class NoWeak:
    __slots__ = ("a",)
class WithWeak:
    __slots__ = ("a", "__weakref__")
class Sub(NoWeak):
    pass
class SubSlots(NoWeak):
    __slots__ = ()
for cls in [NoWeak, WithWeak, Sub, SubSlots]:
    o = cls()
    try:
        r = _weakref.ref(o)
        print(cls.__name__, "ok", r() is o)
    except TypeError as e:
        print(cls.__name__, e)
print("__weakref__" in WithWeak.__dict__, "__weakref__" in NoWeak.__dict__)
