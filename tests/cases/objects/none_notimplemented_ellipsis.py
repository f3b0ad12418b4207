print(type(None)(), type(...)(), type(NotImplemented)())
print(None is type(None)(), bool(None), hash(None) == hash(None))
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Ellipsis), Ellipsis == ..., str(None), f'{None!r:>6}')
x = None
print(x == None, x is None, None.__eq__(None), None.__eq__(1), None.__ne__(1))
