# throw() into a finished coroutine (or its __await__ wrapper) is the reuse error, as send() is.
class Step:
    def __await__(self):
        v = yield "step"
        return v


async def ok():
    return await Step()


async def fails():
    raise KeyError("boom")


def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


c = ok()
show("send", lambda: c.send(None))
show("finish", lambda: c.send(7))
show("send again", lambda: c.send(None))
show("throw class", lambda: c.throw(ValueError))
show("throw instance", lambda: c.throw(ValueError("x")))
show("throw GeneratorExit", lambda: c.throw(GeneratorExit))
show("close", lambda: c.close())

w = ok().__await__()
show("wrapper send", lambda: w.send(None))
show("wrapper finish", lambda: w.send(8))
show("wrapper throw", lambda: w.throw(ValueError))
show("wrapper send again", lambda: w.send(None))
show("wrapper close", lambda: w.close())

c = fails()
show("raised", lambda: c.send(None))
show("throw after raise", lambda: c.throw(ValueError))

c = ok()
show("throw unstarted", lambda: c.throw(ValueError("first")))
show("throw again", lambda: c.throw(ValueError))
show("send after", lambda: c.send(None))


# A generator is different: the thrown exception comes straight back.
def gen():
    yield 1


g = gen()
print(list(g))
show("generator throw", lambda: g.throw(ValueError("gen")))
