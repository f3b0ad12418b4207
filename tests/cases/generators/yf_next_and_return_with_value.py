trace = []
def f(r):
    gi = g(r)
    next(gi)
    try:
        trace.append("f resuming g")
        next(gi)
        trace.append("f SHOULD NOT BE HERE")
    except StopIteration as e:
        trace.append("f caught %r" % (e,))
def g(r):
    trace.append("g starting")
    yield
    trace.append("g returning %r" % (r,))
    return r
f(None)
f(1)
f((2,))
f(StopIteration(3))
print("\n".join(trace))
