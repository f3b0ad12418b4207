def g1():
    yield from g2()
def g2():
    yield "g2"
    return [42]
print(list(g1()))
def g3():
    ret = yield from g2()
    print("got", ret)
print(list(g3()))
