# throw()/athrow()/aclose() called while the caller handles an exception: the thrown exception
# is chained only to what the generator itself handles, never to the caller's exception.
def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e), "context", repr(e.__context__))


def catcher():
    try:
        yield 1
    except BaseException as e:
        print("  caught", repr(e), "context", repr(e.__context__))
        yield 2


def delegator():
    yield from catcher()


def plain():
    yield 1


def finished():
    return
    yield


for make in (catcher, delegator, plain, finished):
    g = make()
    next(g, None)
    try:
        raise KeyError("caller")
    except KeyError:
        show(make.__name__ + " throw", lambda: g.throw(ValueError("v")))
    g.close()


class Step:
    def __await__(self):
        yield "step"


async def agen():
    try:
        yield 1
    except BaseException as e:
        print("  caught", repr(e), "context", repr(e.__context__))
        yield 2
    try:
        await Step()
    except BaseException as e:
        print("  caught in await", repr(e), "context", repr(e.__context__))


a = agen()
show("asend", lambda: a.asend(None).send(None))
try:
    raise KeyError("caller")
except KeyError:
    show("athrow", lambda: a.athrow(ValueError("v")).send(None))
    show("asend", lambda: a.asend(None).send(None))
    show("asend throw", lambda: a.asend(None).throw(TypeError))
show("asend", lambda: a.asend(None).send(None))


async def closing():
    try:
        yield 1
    except GeneratorExit as e:
        print("  GeneratorExit context", repr(e.__context__))


a = closing()
show("asend", lambda: a.asend(None).send(None))
try:
    raise KeyError("caller")
except KeyError:
    show("aclose", lambda: a.aclose().send(None))


async def coro():
    try:
        await Step()
    except BaseException as e:
        print("  coro caught", repr(e), "context", repr(e.__context__))
        raise


c = coro()
c.send(None)
try:
    raise KeyError("caller")
except KeyError:
    show("coro throw", lambda: c.throw(ValueError))
