def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    for i in range(2):
        try:
            yield i
        except GeneratorExit:
            print("got GeneratorExit")
    print("agen loop done")
a = agen()
run(a.__anext__())
try:
    run(a.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(a.ag_frame)
async def agen2():
    try:
        yield 1
    finally:
        print("finally in agen2")
b = agen2()
run(b.__anext__())
run(b.aclose())
print("b closed")
