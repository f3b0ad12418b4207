def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
async def main():
    g = agen()
    a = await anext(g)
    b = await anext(g, 'default')
    try:
        await anext(g)
    except StopAsyncIteration:
        c = 'stop'
    it = aiter(agen())
    d = await anext(it)
    return a, b, c, d
print(run(main()))
try:
    anext(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    aiter(5)
except TypeError as e:
    print(type(e).__name__, e)
