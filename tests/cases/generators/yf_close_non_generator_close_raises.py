class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise KeyError("close failed")
def g():
    yield from It()
gi = g()
next(gi)
try:
    gi.close()
except KeyError as e:
    print(type(e).__name__, e)
print(gi.gi_frame)
