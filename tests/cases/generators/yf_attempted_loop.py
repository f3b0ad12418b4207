trace = []
def g1():
    trace.append("g1: starting")
    yield "y1"
    trace.append("g1: about to yield from g2")
    yield from g2()
    trace.append("g1 should not be here")
def g2():
    trace.append("g2: starting")
    yield "y2"
    trace.append("g2: about to yield from g1")
    yield from gi
    trace.append("g2 should not be here")
try:
    gi = g1()
    for y in gi:
        trace.append("Yielded: %s" % (y,))
except ValueError as e:
    print(e.args)
else:
    print("subgenerator didn't raise ValueError")
print("\n".join(trace))
