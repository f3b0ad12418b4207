def f():
    try:
        trace.append("Enter f")
        yield
        trace.append("Exit f")
    except GeneratorExit:
        raise ValueError("Vorpal bunny encountered")
def g():
    trace.append("Enter g")
    yield from f()
    trace.append("Exit g")
trace = []
try:
    gi = g()
    next(gi)
    gi.throw(GeneratorExit)
except ValueError as e:
    print(e.args, type(e.__context__).__name__)
else:
    print("subgenerator failed to raise ValueError")
print(trace)
