class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
        return False
def gen():
    with CM(1) as a:
        yield a
        with CM(2) as b:
            yield b
    yield 'after'
print(list(gen()))
g = gen()
next(g); next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError:
    print("KeyError out")
class Suppress(CM):
    def __exit__(self, *exc):
        print("suppress", exc[0].__name__ if exc[0] else None)
        return True
def gen2():
    with Suppress(0):
        yield 1
    yield 'continued'
g = gen2(); next(g)
print(g.throw(ValueError))
