import types
@types.coroutine
def legacy():
    x = yield 'from legacy'
    return 'legacy got %s' % x
async def modern():
    r = await legacy()
    return r.upper()
c = modern()
print(c.send(None))
try:
    c.send('value')
except StopIteration as e:
    print(e.value)
@types.coroutine
def sleep0():
    yield
async def loop_body():
    for i in range(3):
        print("step", i)
        await sleep0()
    return 'finished'
c = loop_body()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break
print(legacy.__name__, type(legacy()).__name__)
