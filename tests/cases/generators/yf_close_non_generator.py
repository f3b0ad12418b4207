trace = []
def g():
    try:
        trace.append("starting g")
        yield from range(3)
        trace.append("g should not be here")
    finally:
        trace.append("finishing g")
gi = g()
next(gi)
gi.close()
print("\n".join(trace))
class WithClose:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): trace.append("WithClose.close called")
def h():
    yield from WithClose()
hi = h(); next(hi); hi.close()
print(trace[-1])
