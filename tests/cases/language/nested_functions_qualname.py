def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
class A:
    def m(self):
        def local():
            pass
        return local
    class B:
        def n(self): pass
print(A.m.__qualname__, A().m().__qualname__, A.B.n.__qualname__, A.B.__qualname__)
print((lambda: 0).__qualname__, outer.__name__, outer.__module__)
def f(a, b=1):
    "doc string"
    return a
print(f.__doc__, f.__defaults__, f.__code__.co_name, f.__code__.co_argcount)
f.custom = 'attr'
print(f.custom, f.__dict__)
