import types
@types.coroutine
def switch():
    yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await switch()
    return name.upper()
def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
res = run_all({'a': worker('a', 3, log), 'b': worker('b', 1, log), 'c': worker('c', 2, log)})
print(log)
print(res)
