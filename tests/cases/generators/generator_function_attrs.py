import types
def gen():
    yield
print(type(gen).__name__, gen.__code__.co_flags & 0x20 != 0)
g = gen()
print(isinstance(g, types.GeneratorType), iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'))
print(type(g) is types.GeneratorType, types.GeneratorType.__name__)
def not_gen():
    return 1
print(not_gen.__code__.co_flags & 0x20 != 0)
def gen_only_if_false():
    if False:
        yield
print(type(gen_only_if_false()).__name__, list(gen_only_if_false()))
def lam():
    return (lambda: (yield 5))()
print(list(lam()))
