class ARange:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    else:
        out.append('else')
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
class BadAiter:
    pass
async def bad():
    async for x in BadAiter():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad2():
    async for x in BadAnext():
        pass
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
