class NoAwait:
    pass
async def f():
    await NoAwait()
try:
    f().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def g():
    await BadAwait()
try:
    g().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def k():
    await 5
try:
    k().send(None)
except TypeError as e:
    print(type(e).__name__, e)
