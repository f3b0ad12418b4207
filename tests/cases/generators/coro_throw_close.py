class Y:
    def __await__(self):
        yield 1
        yield 2
async def f():
    try:
        await Y()
    except ValueError as e:
        print("caught", e)
        await Y()
        return 'after'
    finally:
        print("finally in coroutine")
c = f()
print(c.send(None))
print(c.throw(ValueError("boom")))
c.close()
print(c.cr_frame)
c2 = f()
c2.send(None)
try:
    c2.throw(KeyError('k'))
except KeyError as e:
    print("propagated", repr(e))
