class Yield:
    def __await__(self):
        v = yield 'leaf'
        return v
async def level(n):
    if n == 0:
        return await Yield()
    return (await level(n - 1)) + 1
c = level(50)
print(c.send(None))
try:
    c.send(100)
except StopIteration as e:
    print(e.value)
