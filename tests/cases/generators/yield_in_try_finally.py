def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
for x in gen():
    print(x)
g = gen()
print(next(g))
g.close()
g = gen()
next(g)
try:
    g.throw(ValueError("x"))
except ValueError:
    print("ValueError propagated after finally")
def gen2():
    try:
        yield 1
    finally:
        return "from finally"
g = gen2(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def gen3():
    for i in range(3):
        try:
            yield i
        finally:
            print("iteration cleanup", i)
print(list(gen3()))
