import types
@types.coroutine
def suspend(tag):
    v = yield tag
    return v
async def agen():
    x = await suspend('s1')
    yield ('got', x)
    y = await suspend('s2')
    yield ('got', y)
a = agen()
aw = a.__anext__()
print(aw.send(None))
try:
    aw.send('X')
except StopIteration as e:
    print("yielded", e.value)
aw = a.__anext__()
print(aw.send(None))
try:
    aw.send('Y')
except StopIteration as e:
    print("yielded", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
