# During throw() through `yield from` / `await`, the delegating generators' frames are linked
# in: the innermost frame's f_back chain is the same as during next()/send().
import sys


def chain():
    f = sys._getframe(1)
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def inner():
    print("next:", chain())
    try:
        yield 1
    except ValueError:
        print("throw:", chain())
        yield 2


def middle():
    yield from inner()


def outer():
    yield from middle()


def run_gen():
    g = outer()
    next(g)
    print(g.throw(ValueError))
    g.close()


run_gen()


class Step:
    def __await__(self):
        yield "step"


class ThrowingAwaitable:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        print("awaitable throw:", chain())
        raise StopIteration("from throw")


async def c_inner():
    try:
        await Step()
    except KeyError:
        print("c_inner throw:", chain())
        return 3


async def c_outer():
    r = await c_inner()
    print("c_outer got", r, chain())
    r = await ThrowingAwaitable()
    print("c_outer got", r, chain())


def run_coro():
    c = c_outer()
    print(c.send(None))
    print(c.throw(KeyError))
    try:
        c.throw(KeyError)
    except StopIteration:
        print("coroutine done")


run_coro()
