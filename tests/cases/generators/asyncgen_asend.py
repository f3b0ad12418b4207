def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x
a = agen()
print(run(a.asend(None)))
print(run(a.asend(5)))
print(run(a.asend(7)))
try:
    run(a.asend(None))
except StopAsyncIteration:
    print("stopped")
b = agen()
try:
    run(b.asend(1))
except TypeError as e:
    print(type(e).__name__, e)
