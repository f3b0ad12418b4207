def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def find(target):
    g = agen(5)
    async for v in g:
        if v == target:
            await g.aclose()
            return f'found {v}'
    else:
        return 'not found'
print(run(find(3)), run(find(9)))
async def nested():
    out = []
    async for a in agen(2):
        async for b in agen(2):
            out.append((a, b))
    return out
print(run(nested()))
