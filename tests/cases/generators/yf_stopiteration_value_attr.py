trace = []
def pex(e):
    trace.append("%s: %s" % (e.__class__.__name__, e))
    trace.append("value = %s" % (e.value,))
e = StopIteration()
pex(e)
e = StopIteration("spam")
pex(e)
e.value = "eggs"
pex(e)
print("\n".join(trace))
