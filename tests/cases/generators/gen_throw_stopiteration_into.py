def gen():
    try:
        yield 1
    except StopIteration:
        print("caught StopIteration inside")
        yield 2
g = gen()
next(g)
print(g.throw(StopIteration))
def gen2():
    yield 1
g = gen2()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g = gen2()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated from throw")
