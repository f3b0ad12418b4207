def plain_gen():
    yield 1
async def f():
    await plain_gen()
try:
    f().send(None)
except TypeError as e:
    print(type(e).__name__, e)
import types
async def g():
    return 'ok'
class W:
    def __await__(self):
        return g().__await__()
async def h():
    return await W()
try:
    h().send(None)
except StopIteration as e:
    print(e.value)
