trace = []
def g():
    yield from range(3)
gi = g()
for x in range(3):
    y = gi.send(None)
    trace.append("Yielded: %s" % (y,))
print("\n".join(trace))
