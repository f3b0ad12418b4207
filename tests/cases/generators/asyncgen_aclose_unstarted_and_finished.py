def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
    finally:
        print('finally')
g = agen()
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('unstarted then closed: StopAsyncIteration')
g2 = agen()
print(run(g2.__anext__()))
try:
    run(g2.__anext__())
except StopAsyncIteration:
    print('exhausted')
print(run(g2.aclose()))
