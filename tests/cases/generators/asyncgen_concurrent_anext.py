import types
@types.coroutine
def suspend():
    yield
async def agen():
    await suspend()
    yield 1
g = agen()
a1 = g.__anext__()
a1.send(None)
a2 = g.__anext__()
try:
    a2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    a1.send(None)
except StopIteration as e:
    print('a1 value', e.value)
