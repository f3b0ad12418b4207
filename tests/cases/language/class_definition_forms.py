bases = (int,)
class FromStar(*bases):
    pass
print(FromStar(5) + 1, FromStar.__bases__)
class WithKw(object, metaclass=type):
    pass
print(type(WithKw).__name__)
def make_class(name):
    class Dynamic:
        label = name
        def hello(self):
            return 'hello from ' + self.label
    return Dynamic
A = make_class('A')
B = make_class('B')
print(A().hello(), B().hello(), A is B, A.__qualname__)
class Empty: ...
print(Empty.__name__, Empty.__bases__, Empty.__doc__)
if True:
    class Conditional:
        x = 'defined under if'
print(Conditional.x)
class WithDoc:
    'single quoted doc'
    value = __doc__ if False else 1
print(WithDoc.__doc__, WithDoc.value)
