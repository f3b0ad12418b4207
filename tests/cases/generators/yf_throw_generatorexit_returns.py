def f():
    try:
        trace.append("Enter f")
        yield
        trace.append("Exit f")
    except GeneratorExit:
        return
def g():
    trace.append("Enter g")
    yield from f()
    trace.append("Exit g")
trace = []
try:
    gi = g()
    next(gi)
    gi.throw(GeneratorExit)
except GeneratorExit:
    pass
else:
    print("subgenerator failed to raise GeneratorExit")
print(trace)
