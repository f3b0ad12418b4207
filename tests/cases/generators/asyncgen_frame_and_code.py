async def agen(x):
    y = x * 2
    yield y
    yield y + 1
g = agen(5)
print(g.ag_code.co_name, g.ag_frame.f_locals, g.ag_code.co_flags & 0x200 != 0)
try:
    g.__anext__().send(None)
except StopIteration as e:
    print(e.value, sorted(g.ag_frame.f_locals.items()), g.ag_frame.f_lineno)
g.aclose().send(None) if False else None
try:
    g.aclose().send(None)
except StopIteration:
    print('closed', g.ag_frame)
