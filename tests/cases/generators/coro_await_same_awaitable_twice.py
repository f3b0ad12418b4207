class Once:
    def __init__(self):
        self.count = 0
    def __await__(self):
        self.count += 1
        yield
        return self.count
o = Once()
async def f():
    a = await o
    b = await o
    return a, b
c = f()
c.send(None)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
