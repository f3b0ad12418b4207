import types
class Y:
    def __await__(self):
        yield 'suspended'
async def inner():
    await Y()
async def outer():
    await inner()
c = outer()
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_frame.f_lineno)
print(c.send(None))
print(c.cr_running, c.cr_suspended, type(c.cr_await).__name__, c.cr_await.__qualname__, c.cr_frame.f_lineno)
inner_c = c.cr_await
print(type(inner_c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_frame, c.cr_await, c.cr_suspended)
print(c.__name__, c.__qualname__, isinstance(c, types.CoroutineType))
print(repr(c).startswith('<coroutine object outer at 0x'))
