def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
async def inner():
    try:
        yield 1
        yield 2
    finally:
        log.append('inner finally')
async def outer():
    agen = inner()
    try:
        async for v in agen:
            log.append(('got', v))
            yield v
    finally:
        await agen.aclose()
        log.append('outer finally')
o = outer()
print(run(o.__anext__()))
run(o.aclose())
print(log)
