import sys
def gen():
    try:
        yield
    finally:
        print('in finally, exc_info:', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
g = gen()
next(g)
g.close()
g = gen()
next(g)
try:
    g.throw(KeyError)
except KeyError:
    print('KeyError propagated')
