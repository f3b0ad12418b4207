# Async generator objects have asend/athrow/aclose only: no send, throw, close or __next__.
async def agen():
    yield 1


a = agen()
for name in ("send", "throw", "close", "__next__", "__iter__"):
    print(name, hasattr(a, name))
for name in ("asend", "athrow", "aclose", "__anext__", "__aiter__"):
    print(name, hasattr(a, name))
for call in (lambda: a.send(None), lambda: a.throw(ValueError), lambda: a.close()):
    try:
        call()
    except AttributeError as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(type(a)) if not n.startswith("__")))
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("asend still works:", e.value)
try:
    a.aclose().send(None)
except StopIteration:
    print("aclose done", a.ag_frame)
