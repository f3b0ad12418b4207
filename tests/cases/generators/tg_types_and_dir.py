def g():
    yield 1
print(type(g))
i = g()
print(type(i))
print([s for s in dir(i) if not s.startswith('_')])
print(i.__next__.__doc__ is not None, iter(i) is i)
try:
    i.gi_running = 42
except AttributeError as e:
    print(type(e).__name__, e)
def g2():
    yield me.gi_running
me = g2()
print(me.gi_running, next(me), me.gi_running)
