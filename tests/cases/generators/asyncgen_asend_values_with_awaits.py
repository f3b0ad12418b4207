import types
@types.coroutine
def io(tag):
    result = yield tag
    return result
async def agen():
    received = []
    while True:
        data = await io('read')
        cmd = yield data
        if cmd == 'stop':
            return
        received.append(cmd)
g = agen()
aw = g.asend(None)
print(aw.send(None))
try:
    aw.send('payload-1')
except StopIteration as e:
    print('yielded', e.value)
aw = g.asend('cmd-1')
print(aw.send(None))
try:
    aw.send('payload-2')
except StopIteration as e:
    print('yielded', e.value)
aw = g.asend('stop')
try:
    aw.send(None)
except StopAsyncIteration:
    print('stopped')
