import sys
def gen():
    print("gen start", sys.exc_info()[0])
    try:
        raise ValueError("in gen")
    except ValueError:
        print("gen handler", sys.exc_info()[0].__name__)
        yield 1
        print("gen resumed", sys.exc_info()[0].__name__)
    print("gen after", sys.exc_info()[0])
    yield 2
g = gen()
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
    print("caller sees", sys.exc_info()[0].__name__)
print("caller outside", sys.exc_info()[0])
try:
    raise TypeError("second")
except TypeError:
    print(next(g))
    print("caller sees", sys.exc_info()[0].__name__)
