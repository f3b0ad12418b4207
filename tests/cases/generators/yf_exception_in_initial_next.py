trace = []
def g1():
    try:
        trace.append("Starting g1")
        yield from g2()
    finally:
        trace.append("Finishing g1")
def g2():
    try:
        trace.append("Starting g2")
        raise ValueError("spanish inquisition occurred")
    finally:
        trace.append("Finishing g2")
try:
    for x in g1():
        trace.append("Yielded %s" % (x,))
except ValueError as e:
    print("caught", e)
print("\n".join(trace))
