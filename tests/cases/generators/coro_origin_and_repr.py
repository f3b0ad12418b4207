async def f():
    pass
c = f()
print(repr(c).startswith('<coroutine object f at 0x'), c.__qualname__, c.cr_code is f.__code__)
print(type(f).__name__, f.__code__.co_flags & 0x80 != 0, c.cr_origin if hasattr(c, 'cr_origin') else None)
c.close()
class K:
    async def method(self):
        return 'm'
m = K().method()
print(m.__name__, m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
