def gen():
    try:
        raise KeyError('first')
    except KeyError:
        yield 'in handler'
        raise ValueError('second')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))
def gen2():
    yield
    raise TypeError('t')
g = gen2()
next(g)
try:
    raise IndexError('caller')
except IndexError:
    try:
        next(g)
    except TypeError as e:
        print(repr(e.__context__))
