def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
g = agen()
print(run(g.__anext__()))
try:
    run(g.athrow(ValueError('v')))
except ValueError as e:
    print('propagated', e)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print('finished')
try:
    print('athrow on finished returned', run(g.athrow(ValueError('again'))))
except ValueError as e:
    print('athrow on finished:', type(e).__name__)
except StopAsyncIteration:
    print('athrow on finished: StopAsyncIteration')
