def gen():
    try:
        yield 1
    finally:
        return 'ignored'
g = gen()
next(g)
print(repr(g.close()))
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("handler runs")
    print("after handler")
g = gen2()
next(g)
print(repr(g.close()))
