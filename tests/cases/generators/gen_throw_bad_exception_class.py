# throw(Cls) instantiates Cls where the exception is raised: an error from Cls() is thrown into
# the generator instead. Delegates get the arguments as given. Bad arguments are a TypeError.
class Bad(Exception):
    def __init__(self):
        raise KeyError("init failed")


def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def catcher():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        yield 2


def delegator():
    return (yield from catcher())


class It:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        print("It.throw got", args)
        raise args[0]


def it_delegator():
    try:
        yield from It()
    except BaseException as e:
        print("delegator caught", type(e).__name__)
        yield 5


for make in (catcher, delegator):
    g = make()
    next(g)
    show(make.__name__ + " throw(Bad)", lambda: g.throw(Bad))
    g.close()

for args in [(Bad,), (ValueError, ValueError(3)), (ValueError, 4)]:
    g = it_delegator()
    next(g)
    show("It " + args[0].__name__, lambda: g.throw(*args))
    g.close()

for args in [(int,), (3,), (object(),), (ValueError(1), 2), (ValueError, 2, 3)]:
    g = catcher()
    next(g)
    show("bad " + type(args[0]).__name__, lambda: g.throw(*args))
    show("  generator still there", lambda: next(g))

g = catcher()
show("unstarted throw(Bad)", lambda: g.throw(Bad))
show("  then", lambda: next(g))


# athrow() keeps its arguments until it runs: on a finished async generator it just completes.
class Counted(Exception):
    made = 0

    def __init__(self, *args):
        Counted.made += 1
        super().__init__(*args)


async def agen():
    yield 1


a = agen()
show("anext", lambda: a.asend(None).send(None))
show("aclose", lambda: a.aclose().send(None))
t = a.athrow(Counted)
show("athrow on closed", lambda: t.send(None))
print("Counted made", Counted.made)
print("athrow(int) made:", type(a.athrow(int)).__name__)
a = agen()
show("athrow(Bad) unstarted", lambda: a.athrow(Bad).send(None))
a = agen()
show("athrow(int)", lambda: a.athrow(int).send(None))
show("  then", lambda: a.asend(None).send(None))
show("  then", lambda: a.asend(None).send(None))
# athrow()'s arguments are unpacked only when it first runs
a = agen()
print("athrow(1, 2, 3, 4) made:", type(a.athrow(1, 2, 3, 4)).__name__)
show("athrow() no arguments", lambda: a.athrow().send(None))
