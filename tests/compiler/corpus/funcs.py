def outer(a, /, b, *, c=3, **kw):
    "doc"
    x = 1
    def inner(y):
        nonlocal x
        x += y
        return x + a
    return inner

class C(Base, metaclass=M):
    """Doc."""
    attr: int = 3
    other: str
    def method(self):
        return super().method()
    def __private(self):
        self.__x = 1
    @property
    def p(self):
        return __class__
    @staticmethod
    def s(): pass

@decorator
@other(1)
def decorated(x: int, *args: str, y: "q" = 2) -> bool:
    global g
    g = x
    return g

def gen():
    x = yield 1
    yield from range(x)
    return 5

async def coro(a):
    await a
    async with a as b, c:
        pass
    async for i in a:
        print(i)
    return [i async for i in a]

async def agen():
    yield 1

def comp_closure(n):
    return [lambda: i + n for i in range(n)]

def walrus(xs):
    if (n := len(xs)) > 3:
        return [y for x in xs if (y := x * 2)]
    return n
