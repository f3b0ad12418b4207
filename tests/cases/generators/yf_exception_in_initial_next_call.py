trace = []
def g1():
    trace.append("g1 about to yield from g2")
    yield from g2()
    trace.append("g1 should not be here")
def g2():
    yield 1 / 0
def run():
    gi = g1()
    next(gi)
try:
    run()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(trace)
