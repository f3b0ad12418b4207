class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, name)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin, name='alpha'):
    pass
class B(Plugin):
    pass
class C(A):
    pass
print(Plugin.registry)
try:
    class D(object, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
