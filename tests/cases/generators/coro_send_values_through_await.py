import types
@types.coroutine
def receive():
    value = yield 'need value'
    return value
async def adder():
    total = 0
    for _ in range(3):
        total += await receive()
    return total
c = adder()
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print('total', e.value)
