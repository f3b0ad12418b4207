import types
@types.coroutine
def suspend():
    yield 'suspended'
async def leaf():
    await suspend()
async def mid():
    await leaf()
async def top():
    await mid()
c = top()
c.send(None)
chain = []
obj = c
while obj is not None:
    chain.append((type(obj).__name__, getattr(obj, '__name__', None)))
    obj = getattr(obj, 'cr_await', None) or getattr(obj, 'gi_yieldfrom', None)
print(chain)
print(c.cr_frame.f_code.co_name, c.cr_await.cr_frame.f_code.co_name)
c.close()
print(c.cr_frame, c.cr_await)
