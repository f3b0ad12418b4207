def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
stop = False
async def agen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("got GeneratorExit")
            if stop:
                return
a = agen()
run(a.__anext__())
try:
    run(a.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
stop = True
print(run(a.aclose()))
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
