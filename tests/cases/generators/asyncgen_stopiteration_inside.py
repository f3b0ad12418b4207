def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 1
    raise StopAsyncIteration
a = agen()
run(a.__anext__())
try:
    run(a.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen2():
    yield 1
    raise StopIteration
b = agen2()
run(b.__anext__())
try:
    run(b.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)
