def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = [x async for x in agen(6) if x % 2]
    c = {x: x * x async for x in agen(3)}
    d = {x async for x in agen(3)}
    e = [await double(x) for x in range(3)]
    f = [await double(x) async for x in agen(3)]
    g = (x * 10 async for x in agen(3))
    h = [v async for v in g]
    return a, b, c, d, e, f, h, type(g).__name__
print(run(main()))
