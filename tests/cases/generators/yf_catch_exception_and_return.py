def inner():
    try:
        yield 1
    except ValueError:
        trace.append("inner caught ValueError")
    return value
def outer():
    v = yield from inner()
    trace.append("inner returned %r to outer" % (v,))
    yield v
for value in 2, (2,), StopIteration(2):
    trace = []
    g = outer()
    trace.append(next(g))
    trace.append(repr(g.throw(ValueError)))
    print(trace)
