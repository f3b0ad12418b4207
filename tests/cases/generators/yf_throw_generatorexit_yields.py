def f():
    try:
        trace.append("Enter f")
        yield
        trace.append("Exit f")
    except GeneratorExit:
        yield
def g():
    trace.append("Enter g")
    yield from f()
    trace.append("Exit g")
trace = []
try:
    gi = g()
    next(gi)
    gi.throw(GeneratorExit)
except RuntimeError as e:
    print(e.args)
else:
    print("subgenerator failed to raise GeneratorExit")
print(trace)
