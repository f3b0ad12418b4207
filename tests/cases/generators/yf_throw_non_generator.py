trace = []
def g():
    try:
        trace.append("Starting g")
        yield from range(10)
    finally:
        trace.append("Finishing g")
try:
    gi = g()
    for i in range(5):
        x = next(gi)
        trace.append("Yielded %s" % (x,))
    e = ValueError("tomato ejected")
    gi.throw(e)
except ValueError as e:
    print(e.args)
else:
    print("subgenerator failed to raise ValueError")
print("\n".join(trace))
class WithThrow:
    def __iter__(self): return self
    def __next__(self): return 'n'
    def throw(self, *args):
        trace.append("WithThrow.throw %s" % (type(args[0]).__name__ if len(args) == 1 else args[0].__name__,))
        return 'thrown-value'
def h():
    yield from WithThrow()
hi = h(); next(hi)
print(hi.throw(KeyError('k')))
print(trace[-1])
