def gen():
    yield
class C:
    def method(self):
        yield
    def outer(self):
        def inner():
            yield
        return inner()
g = gen()
print(g.__name__, g.__qualname__)
m = C().method()
print(m.__name__, m.__qualname__)
i = C().outer()
print(i.__name__, i.__qualname__)
g.__name__ = 'renamed'
g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, gen.__name__)
print(repr(g).startswith('<generator object Q.renamed at 0x'))
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
def f():
    return (y for y in [])
print(f().__qualname__)
