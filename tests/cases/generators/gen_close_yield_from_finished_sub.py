def sub():
    yield 1
def outer():
    try:
        yield from sub()
        yield 'outer-own'
    finally:
        print('outer finally')
g = outer()
print(next(g), next(g))
print(g.gi_yieldfrom)
g.close()
