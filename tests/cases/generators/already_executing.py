def gen():
    yield g.send(None)
g = gen()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def gen2():
    print("running:", g2.gi_running)
    yield 1
g2 = gen2()
print("before", g2.gi_running)
next(g2)
print("after", g2.gi_running)
def gen3():
    try:
        g3.close()
    except ValueError as e:
        print("close:", e)
    try:
        g3.throw(KeyError)
    except ValueError as e:
        print("throw:", e)
    yield
g3 = gen3()
next(g3)
