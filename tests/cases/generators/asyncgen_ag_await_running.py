# ag_await / cr_await / gi_yieldfrom of a frame that is running is None, even right after its
# awaitable was resumed with a value (the value is on its stack, not an awaited object).
class Step:
    def __await__(self):
        print("  Step: ag_await", agen_obj.ag_await)
        v = yield "step"
        print("  Step resumed with", v, "ag_await", agen_obj.ag_await)
        return v


class It:
    def __iter__(self):
        return self

    def __next__(self):
        print("  It.__next__: awaited", watch())
        return "it"

    def send(self, v):
        print("  It.send", v, "awaited", watch())
        raise StopIteration(v)


class Aw:
    def __await__(self):
        return It()


async def agen():
    x = await Step()
    print("  body: ag_await", agen_obj.ag_await, "ag_running", agen_obj.ag_running)
    yield x
    y = await Aw()
    print("  body: ag_await", agen_obj.ag_await)
    yield y


def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


agen_obj = agen()
watch = lambda: agen_obj.ag_await  # noqa: E731
s = agen_obj.asend(None)
show("send None", lambda: s.send(None))
print("suspended: ag_await is", type(agen_obj.ag_await).__name__)
show("send 5", lambda: s.send(5))
s = agen_obj.asend(None)
show("send None", lambda: s.send(None))
print("suspended: ag_await is", type(agen_obj.ag_await).__name__)
show("send 8", lambda: s.send(8))
show("end", lambda: agen_obj.asend(None).send(None))


async def coro():
    v = await Aw()
    print("  coro body: cr_await", c.cr_await)
    return v


c = coro()
watch = lambda: c.cr_await  # noqa: E731
show("coro send None", lambda: c.send(None))
show("coro send 3", lambda: c.send(3))


def inner():
    v = yield 1
    print("  inner: outer gi_yieldfrom", g.gi_yieldfrom)
    return v


def outer():
    yield from inner()
    print("  outer: gi_yieldfrom", g.gi_yieldfrom)


g = outer()
next(g)
print("suspended: gi_yieldfrom is", type(g.gi_yieldfrom).__name__)
show("gen send 4", lambda: g.send(4))
