async def agen():
    yield 1
    yield 2
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in agen():
        out.append(v)
    return out
print(run(main()))
a = agen()
print(type(a).__name__, a.__name__, a.__qualname__)
print(type(a.__aiter__()).__name__, a.__aiter__() is a)
nx = a.__anext__()
print(type(nx).__name__)
try:
    nx.send(None)
except StopIteration as e:
    print("first value via StopIteration", e.value)
print(run(a.__anext__()))
try:
    run(a.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, repr(e))
