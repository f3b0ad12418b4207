trace = []
def g1():
    trace.append("Starting g1")
    yield "g1 ham"
    ret = yield from g2()
    trace.append("g2 returned %r" % (ret,))
    for v in 1, (2,), StopIteration(3):
        ret = yield from g2(v)
        trace.append("g2 returned %r" % (ret,))
    yield "g1 eggs"
    trace.append("Finishing g1")
def g2(v=None):
    trace.append("Starting g2")
    yield "g2 spam"
    yield "g2 more spam"
    trace.append("Finishing g2")
    if v:
        return v
for x in g1():
    trace.append("Yielded %s" % (x,))
print("\n".join(trace))
