def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("v")
try:
    next(It())
except StopIteration as e:
    print(e.value)
