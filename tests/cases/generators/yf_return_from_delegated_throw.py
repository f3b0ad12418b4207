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
        yield "g2 more spam"
    except LunchError:
        trace.append("Caught LunchError in g2")
        yield "g2 lunch saved"
        yield "g2 yet more spam"
class LunchError(Exception):
    pass
g = g1()
for i in range(2):
    x = next(g)
    trace.append("Yielded %s" % (x,))
e = LunchError("tomato ejected")
g.throw(e)
for x in g:
    trace.append("Yielded %s" % (x,))
print("\n".join(trace))
