import sys
def gen():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = gen()
try:
    raise KeyError
except KeyError:
    print(next(g).__name__)
print(next(g))
def gen2():
    try:
        yield
    except ValueError:
        print("inside", sys.exc_info()[0].__name__)
        yield
        print("inside again", sys.exc_info()[0].__name__)
g = gen2()
next(g)
g.throw(ValueError)
try:
    raise IndexError
except IndexError:
    try:
        next(g)
    except StopIteration:
        pass
    print("after", sys.exc_info()[0].__name__)
