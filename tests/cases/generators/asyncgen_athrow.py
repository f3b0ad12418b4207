def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", e)
        yield 'recovered'
    yield 'end'
a = agen()
print(run(a.__anext__()))
print(run(a.athrow(ValueError("boom"))))
print(run(a.__anext__()))
b = agen()
run(b.__anext__())
try:
    run(b.athrow(KeyError('k')))
except KeyError as e:
    print("propagated", repr(e))
c = agen()
try:
    run(c.athrow(ValueError('unstarted')))
except ValueError as e:
    print("unstarted athrow", e)
print(run(c.athrow(ValueError)) if False else "ok")
