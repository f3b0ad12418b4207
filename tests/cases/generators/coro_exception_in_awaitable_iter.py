class Bad:
    def __await__(self):
        raise KeyError('in __await__')
async def f():
    try:
        await Bad()
    except KeyError as e:
        return 'caught ' + repr(e)
try:
    f().send(None)
except StopIteration as e:
    print(e.value)
class BadNext:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('from __next__')
async def g():
    await BadNext()
try:
    g().send(None)
except ValueError as e:
    print(type(e).__name__, e)
