trace = []
def g():
    try:
        trace.append("starting g")
        yield from range(3)
        trace.append("g should not be here")
    finally:
        trace.append("finishing g")
try:
    gi = g()
    next(gi)
    for x in range(3):
        y = gi.send(42)
        trace.append("Should not have yielded: %s" % (y,))
except AttributeError as e:
    print(type(e).__name__, e)
else:
    print("was able to send into non-generator")
print("\n".join(trace))
