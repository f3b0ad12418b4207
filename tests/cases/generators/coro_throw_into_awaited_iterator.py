class Y:
    def __await__(self):
        try:
            yield 'waiting'
        except ValueError as e:
            print("awaitable caught", e)
            return 'handled'
async def f():
    r = await Y()
    return 'f got ' + r
c = f()
print(c.send(None))
try:
    c.throw(ValueError('x'))
except StopIteration as e:
    print(e.value)
class Plain:
    def __iter__(self): return self
    def __next__(self): return 'p'
class Y2:
    def __await__(self):
        return Plain()
async def g():
    await Y2()
c = g()
print(c.send(None))
try:
    c.throw(KeyError('into plain'))
except KeyError as e:
    print("propagated", repr(e))
