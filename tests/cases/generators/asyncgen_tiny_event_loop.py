import types
class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.sleeping = []
    def spawn(self, coro, name):
        self.ready.append((coro, name))
    def run(self):
        results = {}
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[2]))
                t, coro, name = self.sleeping.pop(0)
                self.time = t
                self.ready.append((coro, name))
            coro, name = self.ready.pop(0)
            try:
                delay = coro.send(None)
                self.sleeping.append((self.time + delay, coro, name))
            except StopIteration as e:
                results[name] = e.value
        return results
@types.coroutine
def sleep(d):
    yield d
async def ticker(name, n, delay):
    for i in range(n):
        await sleep(delay)
        yield f"{name}:{i}@{loop.time}"
async def consumer(name, n, delay, log):
    async for v in ticker(name, n, delay):
        log.append(v)
    return len(log)
loop = Loop()
log = []
loop.spawn(consumer('fast', 3, 1, log), 'fast')
loop.spawn(consumer('slow', 2, 2, log), 'slow')
print(loop.run())
print(log)
