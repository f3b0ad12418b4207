class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('prepare kwargs', kwargs)
        ns = super().__prepare__(name, bases)
        ns['injected'] = kwargs.get('inject', None)
        return ns
    def __new__(mcls, name, bases, ns, **kwargs):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, inject='hello'):
    pass
print(A.injected)
class B(A, inject='world'):
    pass
print(B.injected, type(B).__name__)
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
