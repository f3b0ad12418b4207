class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
def gen():
    nonlocal_ret = yield from MyIter()
    return nonlocal_ret
try:
    next(gen())
except StopIteration as e:
    print(e.value)
class NoIter:
    pass
def gen2():
    yield from NoIter()
try:
    next(gen2())
except TypeError as e:
    print(type(e).__name__, e)
def gen3():
    yield from 5
try:
    next(gen3())
except TypeError as e:
    print(type(e).__name__, e)
