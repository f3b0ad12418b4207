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
        print("agen finally")
a = agen()
print(run(a.__anext__()))
print(run(a.aclose()))
print(a.ag_frame)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")
b = agen()
print(run(b.aclose()))
async def ignoring():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
c = ignoring()
run(c.__anext__())
try:
    run(c.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
