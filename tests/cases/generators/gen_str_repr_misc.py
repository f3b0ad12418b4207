def gen():
    yield
g = gen()
r = repr(g)
print(r.startswith('<generator object gen at 0x'), r.endswith('>'))
print(type(g).__name__, type(g).__qualname__, type(g).__module__)
print(hasattr(g, '__iter__'), hasattr(g, '__next__'), hasattr(g, '__del__'), hasattr(g, 'gi_frame'))
try:
    type(g)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.gi_frame = None
except AttributeError as e:
    print(type(e).__name__, e)
