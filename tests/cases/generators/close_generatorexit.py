def gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit caught", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise
g = gen()
next(g)
g.close()
def gen2():
    try:
        yield 1
    except GeneratorExit:
        return "returned in close"
g = gen2()
next(g)
print(g.close())
def gen3():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("replaced")
g = gen3()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__))
