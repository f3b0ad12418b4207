# The asend()/athrow()/aclose() awaitables driven by hand: when one counts as used, which
# method its errors name, and what aclose() does when the generator returns or is running.
def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


class Step:
    def __await__(self):
        v = yield "step"
        return v


async def agen():
    try:
        yield 1
    except ValueError:
        await Step()
        yield 2
    yield 3


# throw() before the first send: caught, the generator awaits; the awaitable is still unused
a = agen()
show("start", lambda: a.asend(None).send(None))
s = a.asend("sendval")
show("asend throw", lambda: s.throw(ValueError))
print("ag_running", a.ag_running)
show("asend send", lambda: s.send(None))
show("asend reuse", lambda: s.send(None))
show("asend reuse throw", lambda: s.throw(ValueError))
show("next", lambda: a.asend(None).send(None))
show("end", lambda: a.asend(None).send(None))

a = agen()
show("start", lambda: a.asend(None).send(None))
t = a.athrow(KeyError)
show("athrow throw", lambda: t.throw(ValueError))
show("athrow send", lambda: t.send(None))
show("athrow reuse", lambda: t.send(None))
show("athrow reuse throw", lambda: t.throw(ValueError))
c = a.aclose()
show("aclose finished", lambda: c.send(None))
show("aclose reuse", lambda: c.send(None))
show("aclose reuse throw", lambda: c.throw(ValueError))

# the first send into aclose()/athrow() must be None
a = agen()
show("aclose send 5", lambda: a.aclose().send(5))
show("athrow send 5", lambda: a.athrow(ValueError).send(5))
show("asend(5) unstarted", lambda: a.asend(5).send(None))
show("asend().send(5) unstarted", lambda: a.asend(None).send(5))
show("aclose unstarted", lambda: a.aclose().send(None))
show("then", lambda: a.asend(None).send(None))


# catching GeneratorExit and returning: aclose() completes
async def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        return


a = returns_on_close()
show("start", lambda: a.asend(None).send(None))
show("aclose", lambda: a.aclose().send(None))
print("frame", a.ag_frame)

# a generator suspended in an await is running: aclose()/athrow() refuse (and are used up),
# asend() refuses (and is not)
a = agen()
show("start", lambda: a.asend(None).send(None))
t = a.athrow(ValueError)
show("athrow in", lambda: t.send(None))
c = a.aclose()
show("aclose running", lambda: c.send(None))
show("aclose refused is used", lambda: c.send(None))
show("athrow running", lambda: a.athrow(ValueError).send(None))
s2 = a.asend(None)
show("asend running", lambda: s2.send(None))
show("asend refused is not used", lambda: s2.send(None))
show("resume", lambda: t.send(None))
show("refused one now", lambda: s2.send(None))
show("end", lambda: a.asend(None).send(None))


# ignoring GeneratorExit: aclose() fails; later aclose()/athrow() do not run the frame
async def stubborn():
    for _ in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


a = stubborn()
show("start", lambda: a.asend(None).send(None))
show("aclose", lambda: a.aclose().send(None))
show("aclose again", lambda: a.aclose().send(None))
show("athrow", lambda: a.athrow(ValueError).send(None))
print("suspended:", a.ag_frame is not None, "running:", a.ag_running)
show("asend", lambda: a.asend(None).send(None))
print("finished:", a.ag_frame is None)
