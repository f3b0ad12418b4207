import types
@types.coroutine
def tick():
    yield 'tick'
class Res:
    async def __aenter__(self):
        await tick()
        print('acquired')
        return self
    async def __aexit__(self, *exc):
        await tick()
        print('released', exc[0])
class Stream:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await tick()
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    async with Res():
        async for v in Stream():
            print('item', v)
    return 'ok'
c = main()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print(e.value, 'ticks:', ticks)
        break
