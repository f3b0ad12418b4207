def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield from gen(x)
    return n

async def co(xs):
    total = 0
    async for x in xs:
        total += await x
    async with lock() as l, other():
        await l.wait()
    return [y async for y in xs if await y], {k: v for k, v in xs}

async def agen(xs):
    for x in xs:
        yield await x
    async for y in xs:
        yield y

def uses_genexp(data):
    return sum(x * x for x in data if x), any(y for y in data)

def closures(a, b):
    def inner():
        nonlocal a
        a += 1
        return a + b
    return inner, lambda: a * b

class K(Base):
    def __init__(self):
        super().__init__()
    def cls(self):
        return __class__
