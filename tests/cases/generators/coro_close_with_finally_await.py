import types
@types.coroutine
def suspend():
    yield
async def f():
    try:
        await suspend()
    finally:
        print('finally in coroutine runs on close')
c = f()
c.send(None)
c.close()
async def g():
    try:
        await suspend()
    except GeneratorExit:
        print('GeneratorExit in coroutine')
        await suspend()
c2 = g()
c2.send(None)
try:
    c2.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c2.close()
