def gen():
    print("never runs")
    try:
        yield 1
    finally:
        print("finally never runs")
g = gen()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.gi_frame is None)
try:
    next(g)
except StopIteration:
    print("StopIteration after early throw")
