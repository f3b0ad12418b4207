trace = []
def g1():
    trace.append("Starting g1")
    yield from g2()
    trace.append("Finishing g1")
def g2():
    trace.append("Starting g2")
    yield 42
    trace.append("Finishing g2")
for x in g1():
    trace.append("Yielded %s" % (x,))
print("\n".join(trace))
