class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix='', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__
        Base.subclasses.append(cls.__name__)
class A(Base, prefix='pre_'): pass
class B(A): pass
print(A.tag, B.tag, Base.subclasses, hasattr(Base, 'tag'))
print(type(Base.__dict__['__init_subclass__']).__name__)
class Mixin:
    def __init_subclass__(cls, **kw):
        print('Mixin.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__(**kw)
class Other:
    def __init_subclass__(cls, **kw):
        print('Other.__init_subclass__', cls.__name__, kw)
        super().__init_subclass__()
class Both(Mixin, Other, flag=True): pass
