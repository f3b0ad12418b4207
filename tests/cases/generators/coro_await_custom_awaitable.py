class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ('tick', i)
            print("awaitable got", got)
        return 'slept %d' % self.n
async def task():
    r = await Sleep(2)
    print("task got", r)
    r2 = await Sleep(1)
    return r + '; ' + r2
c = task()
print(c.send(None))
print(c.send('a'))
print(c.send('b'))
try:
    c.send('c')
except StopIteration as e:
    print("done", e.value)
