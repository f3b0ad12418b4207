def sub():
    while True:
        try:
            yield 'sub normal'
        except KeyError as e:
            yield 'sub handled ' + str(e)
        except IndexError:
            return 'sub returned'
def top():
    r = yield from sub()
    yield 'top got ' + r
g = top()
print(next(g))
print(g.throw(KeyError('a')))
print(next(g))
print(g.throw(IndexError))
try:
    next(g)
except StopIteration:
    print('done')
