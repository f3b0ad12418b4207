class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as v:
    print("body", v)
with CM('b', True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print("caught", repr(e))
with CM('x') as x, CM('y') as y:
    print(x, y)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
