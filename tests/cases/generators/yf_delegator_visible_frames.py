import sys
def inner():
    f = sys._getframe(1)
    yield f.f_code.co_name
    yield sys._getframe(0).f_back.f_code.co_name
def outer():
    yield from inner()
g = outer()
print(next(g))
print(next(g))
def deep():
    yield [sys._getframe(i).f_code.co_name for i in range(3)]
def mid():
    yield from deep()
def top():
    yield from mid()
print(next(top()))
