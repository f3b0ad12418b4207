import types
@types.coroutine
def suspend():
    yield 'sus'
async def agen():
    print('inside, ag_running =', g.ag_running)
    await suspend()
    yield 1
g = agen()
print('before', g.ag_running)
aw = g.__anext__()
print(aw.send(None))
print('while awaiting', g.ag_running)
try:
    aw.send(None)
except StopIteration as e:
    print('yielded', e.value)
print('after', g.ag_running)
aw2 = g.__anext__()
try:
    aw2.send(None)
except StopAsyncIteration:
    print('done')
