class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    async with ACM('x') as x, ACM('y') as y:
        print("body", x, y)
    async with ACM('z'):
        raise KeyError('suppressed')
    try:
        async with ACM('w'):
            raise ValueError('not suppressed')
    except ValueError as e:
        print("caught", e)
    return 'end'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
class NotACM:
    pass
async def bad():
    async with NotACM():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
