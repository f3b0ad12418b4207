def sub():
    try:
        yield 1
    except ValueError:
        return 'sub caught and returned'
def outer():
    result = yield from sub()
    print('outer got:', result)
    yield 'after sub'
g = outer()
print(next(g))
print(g.throw(ValueError))
