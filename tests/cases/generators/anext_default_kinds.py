# anext(aiterator, default): the default on exhaustion for every kind of async iterator,
# driving the coroutines by hand (no event loop).
def run(aw):
    it = aw.__await__() if hasattr(aw, "__await__") else aw
    try:
        while True:
            print("yielded", it.send(None))
    except StopIteration as e:
        return e.value


async def agen():
    yield 1


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Awaitable:
    def __await__(self):
        raise StopAsyncIteration
        yield


class ReturnsAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return Awaitable()


class Fails:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("boom")


async def main():
    for it in (agen(), Raises(), ReturnsAwaitable()):
        print(type(it).__name__, await anext(it, "dflt"), await anext(it, None))
    try:
        await anext(Raises())
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    try:
        await anext(Fails(), "dflt")
    except KeyError as e:
        print(type(e).__name__, e)
    return "done"


print(run(main()))
print(run(anext(Raises(), 7)))
print(run(anext(agen(), 7)))
for bad in (1, [1]):
    try:
        anext(bad, 0)
    except TypeError as e:
        print(type(e).__name__, e)
