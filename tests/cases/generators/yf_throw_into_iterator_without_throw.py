class It:
    def __init__(self): self.closed = False
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self):
        self.closed = True
        print("close called")
it = It()
def g():
    try:
        yield from it
    except ValueError as e:
        print("g caught", e)
        yield 'after'
gi = g()
next(gi)
print(gi.throw(ValueError("boom")))
print(it.closed)
