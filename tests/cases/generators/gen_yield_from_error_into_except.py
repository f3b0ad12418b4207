# An exception that leaves a `yield from` target into a generator suspended inside an except
# block is re-chained there (3.11's _PyErr_ChainStackItem): its __context__ becomes the handled
# exception and its traceback restarts from its __traceback__ as last stored.
def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def report(label, e):
    ctx = e.__context__
    print(label, repr(e), "context", repr(ctx), "its context", repr(ctx and ctx.__context__))
    print("   traceback", frames(e))


def plain_sub():
    yield 1


def raising_sub():
    try:
        yield 1
    except ValueError:
        raise TypeError("from sub")


class ThrowRaises:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def throw(self, *args):
        raise TypeError("from throw()")


def in_except(sub):
    try:
        raise KeyError("a")
    except Exception:
        yield from sub()


def no_except(sub):
    yield from sub()


def catches(sub):
    try:
        raise KeyError("a")
    except Exception:
        try:
            yield from sub()
        except Exception as e:
            report("   caught in outer", e)
            yield "caught"


for outer in (in_except, no_except, catches):
    for sub in (plain_sub, raising_sub, ThrowRaises):
        g = outer(sub)
        next(g)
        try:
            print(outer.__name__, sub.__name__, "->", g.throw(ValueError("v")))
            g.close()
        except Exception as e:
            report(outer.__name__ + " " + sub.__name__, e)


def sub_raises_on_next():
    yield 1
    raise TypeError("on next")


for outer in (in_except, catches):
    g = outer(sub_raises_on_next)
    next(g)
    try:
        print(outer.__name__, "next ->", next(g))
        g.close()
    except Exception as e:
        report(outer.__name__ + " next", e)
