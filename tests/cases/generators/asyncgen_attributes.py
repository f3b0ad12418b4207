import types
class Suspend:
    def __await__(self):
        yield 'suspend'
async def agen():
    await Suspend()
    yield 1
a = agen()
print(a.ag_running, a.ag_await, a.ag_code.co_name, a.ag_frame.f_lineno)
aw = a.__anext__()
print(aw.send(None))
print(a.ag_running, type(a.ag_await).__name__, a.ag_frame.f_lineno)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
print(a.ag_running, a.ag_await)
print(isinstance(a, types.AsyncGeneratorType), repr(a).startswith('<async_generator object agen at 0x'))
a.__name__ = 'renamed'
print(a.__name__, a.__qualname__)
