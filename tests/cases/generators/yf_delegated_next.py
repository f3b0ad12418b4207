trace = []
def g1():
    trace.append("Starting g1")
    yield "g1 ham"
    yield from g2()
    yield "g1 eggs"
    trace.append("Finishing g1")
def g2():
    trace.append("Starting g2")
    yield "g2 spam"
    yield "g2 more spam"
    trace.append("Finishing g2")
for x in g1():
    trace.append("Yielded %s" % (x,))
print("\n".join(trace))
