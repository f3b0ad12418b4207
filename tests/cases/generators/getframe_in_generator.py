import sys
def gen():
    while True:
        f = sys._getframe(1)
        yield f.f_code.co_name
def resumer_a(g):
    return next(g)
def resumer_b(g):
    return next(g)
g = gen()
print(resumer_a(g))
print(resumer_b(g))
print(next(g))
def gen2():
    yield sys._getframe(0).f_code.co_name
    yield sys._getframe(0).f_back.f_code.co_name
def caller():
    g = gen2()
    return [next(g), next(g)]
print(caller())
def gen3():
    yield sys._getframe(0).f_back is None
g3 = gen3()
print([x for x in g3])
