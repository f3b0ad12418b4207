def sub():
    yield 1
    raise StopIteration('sub stop')
def outer():
    yield from sub()
try:
    list(outer())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def outer2():
    try:
        yield from sub()
    except RuntimeError as e:
        yield 'caught ' + str(e)
print(list(outer2()))
