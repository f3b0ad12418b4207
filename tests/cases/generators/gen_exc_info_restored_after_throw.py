import sys
def gen():
    try:
        yield
    except ValueError:
        print('in gen, exc_info:', sys.exc_info()[0].__name__)
        yield
    print('after except in gen:', sys.exc_info()[0])
    yield
g = gen()
next(g)
g.throw(ValueError)
print('caller after throw:', sys.exc_info()[0])
next(g)
print('caller end:', sys.exc_info()[0])
