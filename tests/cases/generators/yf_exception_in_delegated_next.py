trace = []
def g1():
    try:
        trace.append("Starting g1")
        yield "g1 ham"
        yield from g2()
        yield "g1 eggs"
    finally:
        trace.append("Finishing g1")
def g2():
    try:
        trace.append("Starting g2")
        yield "g2 spam"
        raise ValueError("hovercraft is full of eels")
        yield "g2 more spam"
    finally:
        trace.append("Finishing g2")
try:
    for x in g1():
        trace.append("Yielded %s" % (x,))
except ValueError as e:
    print("caught", e)
print("\n".join(trace))
