trace = []
def g():
    yield from range(3)
for x in g():
    trace.append("Yielded %s" % (x,))
print("\n".join(trace))
class OnlyNext:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("ignored value")
        return self.n
def h():
    r = yield from OnlyNext()
    print("returned", r)
print(list(h()))
