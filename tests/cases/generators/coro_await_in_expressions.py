class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v
async def f():
    a = [await V(1), await V(2)]
    b = {await V('k'): await V('v')}
    c = (await V(3)) + (await V(4))
    d = await V(5) if await V(True) else 0
    return a, b, c, d
def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(run(f()))
