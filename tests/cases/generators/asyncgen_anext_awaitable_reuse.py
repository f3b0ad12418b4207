def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 'a'
    yield 'b'
g = agen()
nx = g.__anext__()
print(run(nx))
try:
    run(nx)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
print(run(g.__anext__()))
aw = g.asend(None)
aw.close()
print("closed awaitable")
