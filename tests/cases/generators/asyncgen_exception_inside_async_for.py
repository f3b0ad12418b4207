def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen cleanup')
async def main():
    g = agen()
    out = []
    try:
        async for v in g:
            out.append(v)
            if v == 2:
                raise ValueError('stop at 2')
    except ValueError as e:
        out.append(str(e))
    await g.aclose()
    return out
print(run(main()))
async def main2():
    g = agen()
    async for v in g:
        if v == 1:
            break
    print('after break, suspended:', g.ag_frame is not None)
    await g.aclose()
    return 'main2 done'
print(run(main2()))
