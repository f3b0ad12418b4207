import types
@types.coroutine
def suspend():
    try:
        yield 'deep'
    except KeyError:
        print('leaf saw KeyError')
        raise
async def mid():
    try:
        await suspend()
    except KeyError as e:
        return 'mid handled ' + str(e)
async def top():
    r = await mid()
    return 'top got: ' + r
c = top()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
