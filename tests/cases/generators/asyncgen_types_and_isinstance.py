import types
async def agen():
    yield
async def coro():
    pass
def gen():
    yield
a, c, g = agen(), coro(), gen()
for obj in (a, c, g):
    print(type(obj).__name__, isinstance(obj, types.AsyncGeneratorType), isinstance(obj, types.CoroutineType), isinstance(obj, types.GeneratorType))
print(hasattr(a, '__anext__'), hasattr(a, '__aiter__'), hasattr(a, '__next__'), hasattr(c, '__await__'), hasattr(g, '__await__'))
c.close()
print(type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
